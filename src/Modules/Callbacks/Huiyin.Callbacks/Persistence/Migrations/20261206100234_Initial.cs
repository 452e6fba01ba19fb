using System;
using Huiyin.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Callbacks.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "callbacks");

            migrationBuilder.CreateTable(
                name: "callbacks",
                schema: "callbacks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    item_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    item_id = table.Column<Guid>(type: "uuid", nullable: true),
                    item_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    item_summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assignee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    rated_staff_id = table.Column<Guid>(type: "uuid", nullable: true),
                    site_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    call_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    satisfaction = table.Column<int>(type: "integer", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    attempts = table.Column<string>(type: "jsonb", nullable: true),
                    follow_ups = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_callbacks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "callbacks",
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
                schema: "callbacks",
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

            migrationBuilder.CreateIndex(
                name: "ix_callbacks_assignee_id_call_at",
                schema: "callbacks",
                table: "callbacks",
                columns: new[] { "assignee_id", "call_at" });

            migrationBuilder.CreateIndex(
                name: "ix_callbacks_customer_id_reason_created_at",
                schema: "callbacks",
                table: "callbacks",
                columns: new[] { "customer_id", "reason", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_callbacks_item_id_reason",
                schema: "callbacks",
                table: "callbacks",
                columns: new[] { "item_id", "reason" },
                unique: true,
                filter: "item_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_callbacks_status_call_at",
                schema: "callbacks",
                table: "callbacks",
                columns: new[] { "status", "call_at" });

            migrationBuilder.CreateIndex(
                name: "ix_callbacks_team_id_call_at",
                schema: "callbacks",
                table: "callbacks",
                columns: new[] { "team_id", "call_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "callbacks",
                table: "outbox_messages",
                columns: new[] { "next_attempt_at", "occurred_at" },
                filter: "processed_at IS NULL AND parked_at IS NULL");

            migrationBuilder.CreateOutboxNotifyTrigger(CallbacksDbContext.SchemaName);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropOutboxNotifyTrigger(CallbacksDbContext.SchemaName);

            migrationBuilder.DropTable(
                name: "callbacks",
                schema: "callbacks");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "callbacks");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "callbacks");
        }
    }
}
