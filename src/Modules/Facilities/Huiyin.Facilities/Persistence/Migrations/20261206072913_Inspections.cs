using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Facilities.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Inspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "checklists",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    target = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    items = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checklists", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rounds",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    checklist_id = table.Column<Guid>(type: "uuid", nullable: false),
                    checklist_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    target_key = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    site_id = table.Column<Guid>(type: "uuid", nullable: false),
                    building_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    area_id = table.Column<Guid>(type: "uuid", nullable: true),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assignee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rounds", x => x.id);
                    table.ForeignKey(
                        name: "fk_rounds_checklists_checklist_id",
                        column: x => x.checklist_id,
                        principalSchema: "facilities",
                        principalTable: "checklists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "round_items",
                schema: "facilities",
                columns: table => new
                {
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    definition = table.Column<string>(type: "jsonb", nullable: false),
                    result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    reading = table.Column<decimal>(type: "numeric", nullable: true),
                    photo_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    failed = table.Column<bool>(type: "boolean", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ticket_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    recorded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_round_items", x => new { x.round_id, x.item_id });
                    table.ForeignKey(
                        name: "fk_round_items_rounds_round_id",
                        column: x => x.round_id,
                        principalSchema: "facilities",
                        principalTable: "rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "round_photos",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_photo_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    content_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    length = table.Column<int>(type: "integer", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_round_photos", x => x.id);
                    table.ForeignKey(
                        name: "fk_round_photos_rounds_round_id",
                        column: x => x.round_id,
                        principalSchema: "facilities",
                        principalTable: "rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_checklists_name",
                schema: "facilities",
                table: "checklists",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_round_photos_round_id_client_photo_id",
                schema: "facilities",
                table: "round_photos",
                columns: new[] { "round_id", "client_photo_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rounds_checklist_id",
                schema: "facilities",
                table: "rounds",
                column: "checklist_id");

            migrationBuilder.CreateIndex(
                name: "ix_rounds_date_team_id",
                schema: "facilities",
                table: "rounds",
                columns: new[] { "date", "team_id" });

            migrationBuilder.CreateIndex(
                name: "ux_rounds_date_checklist_target",
                schema: "facilities",
                table: "rounds",
                columns: new[] { "date", "checklist_id", "target_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "round_items",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "round_photos",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "rounds",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "checklists",
                schema: "facilities");
        }
    }
}
