using System;
using Huiyin.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Complaints.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "complaints");

            migrationBuilder.CreateTable(
                name: "complaints",
                schema: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    customer_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    customer_tier = table.Column<int>(type: "integer", nullable: true),
                    customer_vip = table.Column<bool>(type: "boolean", nullable: false),
                    channel = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    source = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    category = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    target_kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    target_staff_id = table.Column<Guid>(type: "uuid", nullable: true),
                    target_department = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    target_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    households_affected = table.Column<int>(type: "integer", nullable: false),
                    compensation_claimed = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    lawsuit_or_media = table.Column<bool>(type: "boolean", nullable: false),
                    injury_or_heavy_loss = table.Column<bool>(type: "boolean", nullable: false),
                    severity = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    severity_raised_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    validity = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    repeat_count = table.Column<int>(type: "integer", nullable: false),
                    received_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "day_counts",
                schema: "complaints",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    last_value = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_day_counts", x => x.day);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "complaints",
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
                schema: "complaints",
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
                name: "ix_complaints_customer_id_number",
                schema: "complaints",
                table: "complaints",
                columns: new[] { "customer_id", "number" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_number",
                schema: "complaints",
                table: "complaints",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_severity_number",
                schema: "complaints",
                table: "complaints",
                columns: new[] { "severity", "number" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_status_number",
                schema: "complaints",
                table: "complaints",
                columns: new[] { "status", "number" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "complaints",
                table: "outbox_messages",
                columns: new[] { "next_attempt_at", "occurred_at" },
                filter: "processed_at IS NULL AND parked_at IS NULL");

            migrationBuilder.CreateOutboxNotifyTrigger(ComplaintsDbContext.SchemaName);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropOutboxNotifyTrigger(ComplaintsDbContext.SchemaName);

            migrationBuilder.DropTable(
                name: "complaints",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "day_counts",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "complaints");
        }
    }
}
