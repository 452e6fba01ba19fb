using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Facilities.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class MaintenancePlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "maintenance_plans",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    equipment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    location_id = table.Column<Guid>(type: "uuid", nullable: true),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recurrence = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rule = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    first_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    checklist_id = table.Column<Guid>(type: "uuid", nullable: true),
                    checklist_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    lead_days = table.Column<int>(type: "integer", nullable: false),
                    calendar_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_maintenance_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "maintenance_occurrences",
                schema: "facilities",
                columns: table => new
                {
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    working_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    done_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_maintenance_occurrences", x => new { x.plan_id, x.due_on });
                    table.ForeignKey(
                        name: "fk_maintenance_occurrences_maintenance_plans_plan_id",
                        column: x => x.plan_id,
                        principalSchema: "facilities",
                        principalTable: "maintenance_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_occurrences_ticket_id",
                schema: "facilities",
                table: "maintenance_occurrences",
                column: "ticket_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "maintenance_occurrences",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "maintenance_plans",
                schema: "facilities");
        }
    }
}
