using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huiyin.Facilities.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Outages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outages",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    site_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    building_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    scope_labels = table.Column<List<string>>(type: "text[]", nullable: false),
                    affected_unit_count = table.Column<int>(type: "integer", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    estimated_restoration_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    restored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reported_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    restored_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outage_notices",
                schema: "facilities",
                columns: table => new
                {
                    outage_id = table.Column<Guid>(type: "uuid", nullable: false),
                    phase = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    masked_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    message_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outage_notices", x => new { x.outage_id, x.phase, x.customer_id });
                    table.ForeignKey(
                        name: "fk_outage_notices_outages_outage_id",
                        column: x => x.outage_id,
                        principalSchema: "facilities",
                        principalTable: "outages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outage_units",
                schema: "facilities",
                columns: table => new
                {
                    outage_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outage_units", x => new { x.outage_id, x.unit_id });
                    table.ForeignKey(
                        name: "fk_outage_units_outages_outage_id",
                        column: x => x.outage_id,
                        principalSchema: "facilities",
                        principalTable: "outages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_outage_units_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "facilities",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_outage_units_unit_id",
                schema: "facilities",
                table: "outage_units",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_outages_in_force",
                schema: "facilities",
                table: "outages",
                column: "started_at",
                filter: "restored_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outages_sequence",
                schema: "facilities",
                table: "outages",
                column: "sequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outage_notices",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "outage_units",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "outages",
                schema: "facilities");
        }
    }
}
