using System;
using System.Collections.Generic;
using Huiyin.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Desk.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "desk");

            migrationBuilder.CreateTable(
                name: "duty_assignments",
                schema: "desk",
                columns: table => new
                {
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    shift = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    staff_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_duty_assignments", x => new { x.team_id, x.date, x.shift, x.staff_id });
                });

            migrationBuilder.CreateTable(
                name: "emergency_pages",
                schema: "desk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    staff_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    team_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    paged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_emergency_pages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "handovers",
                schema: "desk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    shift = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    shift_date = table.Column<DateOnly>(type: "date", nullable: false),
                    next_shift = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    next_shift_date = table.Column<DateOnly>(type: "date", nullable: false),
                    handed_over_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handed_over_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    special_events = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    accepted_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    carried_over = table.Column<string>(type: "jsonb", nullable: true),
                    counted = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_handovers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "desk",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "desk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    parked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rosters",
                schema: "desk",
                columns: table => new
                {
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    calendar_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    shifts = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rosters", x => x.team_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_duty_assignments_date",
                schema: "desk",
                table: "duty_assignments",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_emergency_pages_paged_at",
                schema: "desk",
                table: "emergency_pages",
                column: "paged_at");

            migrationBuilder.CreateIndex(
                name: "ix_emergency_pages_ticket_id",
                schema: "desk",
                table: "emergency_pages",
                column: "ticket_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_handovers_accepted_at_handed_over_at",
                schema: "desk",
                table: "handovers",
                columns: new[] { "accepted_at", "handed_over_at" });

            migrationBuilder.CreateIndex(
                name: "ix_handovers_shift",
                schema: "desk",
                table: "handovers",
                columns: new[] { "team_id", "shift", "shift_date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "desk",
                table: "outbox_messages",
                columns: new[] { "next_attempt_at", "occurred_at" },
                filter: "processed_at IS NULL AND parked_at IS NULL");

            migrationBuilder.CreateOutboxNotifyTrigger(DeskDbContext.SchemaName);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropOutboxNotifyTrigger(DeskDbContext.SchemaName);

            migrationBuilder.DropTable(
                name: "duty_assignments",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "emergency_pages",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "handovers",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "rosters",
                schema: "desk");
        }
    }
}
