using System;
using Huiyin.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Facilities.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "facilities");

            migrationBuilder.CreateTable(
                name: "certificate_reminders",
                schema: "facilities",
                columns: table => new
                {
                    equipment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    certificate_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificate_reminders", x => new { x.equipment_id, x.certificate_expires_at });
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "facilities",
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
                schema: "facilities",
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
                name: "sites",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sites", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "buildings",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    site_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    floors = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_buildings", x => x.id);
                    table.ForeignKey(
                        name: "fk_buildings_sites_site_id",
                        column: x => x.site_id,
                        principalSchema: "facilities",
                        principalTable: "sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "areas",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    site_id = table.Column<Guid>(type: "uuid", nullable: false),
                    building_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_areas", x => x.id);
                    table.ForeignKey(
                        name: "fk_areas_buildings_building_id",
                        column: x => x.building_id,
                        principalSchema: "facilities",
                        principalTable: "buildings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_areas_sites_site_id",
                        column: x => x.site_id,
                        principalSchema: "facilities",
                        principalTable: "sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "units",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    site_id = table.Column<Guid>(type: "uuid", nullable: false),
                    building_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entrance = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    floor = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    full_number = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false, collation: "C"),
                    label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    area_square_metres = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    vacant = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_units_buildings_building_id",
                        column: x => x.building_id,
                        principalSchema: "facilities",
                        principalTable: "buildings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_units_sites_site_id",
                        column: x => x.site_id,
                        principalSchema: "facilities",
                        principalTable: "sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "equipment",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    site_id = table.Column<Guid>(type: "uuid", nullable: false),
                    building_id = table.Column<Guid>(type: "uuid", nullable: true),
                    area_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contractor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    certificate_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    certificate_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_equipment", x => x.id);
                    table.ForeignKey(
                        name: "fk_equipment_areas_area_id",
                        column: x => x.area_id,
                        principalSchema: "facilities",
                        principalTable: "areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_equipment_buildings_building_id",
                        column: x => x.building_id,
                        principalSchema: "facilities",
                        principalTable: "buildings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_equipment_sites_site_id",
                        column: x => x.site_id,
                        principalSchema: "facilities",
                        principalTable: "sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_equipment_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "facilities",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "occupancies",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    moved_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    moved_in_recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    moved_out_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    moved_out_recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_occupancies", x => x.id);
                    table.ForeignKey(
                        name: "fk_occupancies_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "facilities",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "downtimes",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    equipment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_downtimes", x => x.id);
                    table.ForeignKey(
                        name: "fk_downtimes_equipment_equipment_id",
                        column: x => x.equipment_id,
                        principalSchema: "facilities",
                        principalTable: "equipment",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_areas_building_id",
                schema: "facilities",
                table: "areas",
                column: "building_id");

            migrationBuilder.CreateIndex(
                name: "ix_areas_site_id",
                schema: "facilities",
                table: "areas",
                column: "site_id");

            migrationBuilder.CreateIndex(
                name: "ix_buildings_site_id_code",
                schema: "facilities",
                table: "buildings",
                columns: new[] { "site_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_downtimes_equipment_id",
                schema: "facilities",
                table: "downtimes",
                column: "equipment_id");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_area_id",
                schema: "facilities",
                table: "equipment",
                column: "area_id");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_building_id",
                schema: "facilities",
                table: "equipment",
                column: "building_id");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_certificate_expires_at",
                schema: "facilities",
                table: "equipment",
                column: "certificate_expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_site_id",
                schema: "facilities",
                table: "equipment",
                column: "site_id");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_status_site_id",
                schema: "facilities",
                table: "equipment",
                columns: new[] { "status", "site_id" });

            migrationBuilder.CreateIndex(
                name: "ix_equipment_unit_id",
                schema: "facilities",
                table: "equipment",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_occupancies_current",
                schema: "facilities",
                table: "occupancies",
                columns: new[] { "unit_id", "customer_id", "role" },
                unique: true,
                filter: "moved_out_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_occupancies_customer_id",
                schema: "facilities",
                table: "occupancies",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "facilities",
                table: "outbox_messages",
                columns: new[] { "next_attempt_at", "occurred_at" },
                filter: "processed_at IS NULL AND parked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_sites_name",
                schema: "facilities",
                table: "sites",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_units_building_id_full_number",
                schema: "facilities",
                table: "units",
                columns: new[] { "building_id", "full_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_units_full_number_label",
                schema: "facilities",
                table: "units",
                columns: new[] { "full_number", "label" });

            migrationBuilder.CreateIndex(
                name: "ix_units_number_full_number_label",
                schema: "facilities",
                table: "units",
                columns: new[] { "number", "full_number", "label" });

            migrationBuilder.CreateIndex(
                name: "ix_units_site_id",
                schema: "facilities",
                table: "units",
                column: "site_id");

            migrationBuilder.CreateOutboxNotifyTrigger(FacilitiesDbContext.SchemaName);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropOutboxNotifyTrigger(FacilitiesDbContext.SchemaName);

            migrationBuilder.DropTable(
                name: "certificate_reminders",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "downtimes",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "occupancies",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "equipment",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "areas",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "units",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "buildings",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "sites",
                schema: "facilities");
        }
    }
}
