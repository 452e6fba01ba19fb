using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Sla.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class AcknowledgementHandoffExtensions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeSpan>(
                name: "acknowledgement",
                schema: "sla",
                table: "policies",
                type: "interval",
                nullable: false,
                defaultValue: new TimeSpan(0, 0, 15, 0, 0));

            migrationBuilder.AddColumn<TimeSpan>(
                name: "handoff",
                schema: "sla",
                table: "policies",
                type: "interval",
                nullable: false,
                defaultValue: new TimeSpan(0, 1, 0, 0, 0));

            migrationBuilder.AddColumn<string>(
                name: "raised_by",
                schema: "sla",
                table: "escalations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reason",
                schema: "sla",
                table: "escalations",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "pause_cut_short",
                schema: "sla",
                table: "clocks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "pause_ends_at",
                schema: "sla",
                table: "clocks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "clock_extensions",
                schema: "sla",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    clock_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    due_at_when_asked = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    new_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    requested_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    decided_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clock_extensions", x => x.id);
                    table.ForeignKey(
                        name: "fk_clock_extensions_clocks_clock_id",
                        column: x => x.clock_id,
                        principalSchema: "sla",
                        principalTable: "clocks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_clock_extensions_clock_id",
                schema: "sla",
                table: "clock_extensions",
                column: "clock_id");

            migrationBuilder.CreateIndex(
                name: "ix_clock_extensions_item_type_item_id",
                schema: "sla",
                table: "clock_extensions",
                columns: new[] { "item_type", "item_id" });

            migrationBuilder.CreateIndex(
                name: "ix_clock_extensions_state_requested_at",
                schema: "sla",
                table: "clock_extensions",
                columns: new[] { "state", "requested_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clock_extensions",
                schema: "sla");

            migrationBuilder.DropColumn(
                name: "acknowledgement",
                schema: "sla",
                table: "policies");

            migrationBuilder.DropColumn(
                name: "handoff",
                schema: "sla",
                table: "policies");

            migrationBuilder.DropColumn(
                name: "raised_by",
                schema: "sla",
                table: "escalations");

            migrationBuilder.DropColumn(
                name: "reason",
                schema: "sla",
                table: "escalations");

            migrationBuilder.DropColumn(
                name: "pause_cut_short",
                schema: "sla",
                table: "clocks");

            migrationBuilder.DropColumn(
                name: "pause_ends_at",
                schema: "sla",
                table: "clocks");
        }
    }
}
