using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Huiyin.Facilities.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Notices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "restoration_notice_id",
                schema: "facilities",
                table: "outages",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "start_notice_id",
                schema: "facilities",
                table: "outages",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "notice_year_counts",
                schema: "facilities",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_value = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notice_year_counts", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "notices",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    body = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    site_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    building_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    scope_labels = table.Column<List<string>>(type: "text[]", nullable: false),
                    channels = table.Column<string>(type: "jsonb", nullable: false),
                    text = table.Column<string>(type: "jsonb", nullable: true),
                    unit_count = table.Column<int>(type: "integer", nullable: false),
                    outage_id = table.Column<Guid>(type: "uuid", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    sent_by_team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notice_deliveries",
                schema: "facilities",
                columns: table => new
                {
                    notice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    acknowledged_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    acknowledged_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notice_deliveries", x => new { x.notice_id, x.unit_id });
                    table.ForeignKey(
                        name: "fk_notice_deliveries_notices_notice_id",
                        column: x => x.notice_id,
                        principalSchema: "facilities",
                        principalTable: "notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_notice_deliveries_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "facilities",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notice_recipients",
                schema: "facilities",
                columns: table => new
                {
                    notice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    masked_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    message_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notice_recipients", x => new { x.notice_id, x.customer_id });
                    table.ForeignKey(
                        name: "fk_notice_recipients_notices_notice_id",
                        column: x => x.notice_id,
                        principalSchema: "facilities",
                        principalTable: "notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_notice_deliveries_unit_id",
                schema: "facilities",
                table: "notice_deliveries",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_notices_kind_sequence",
                schema: "facilities",
                table: "notices",
                columns: new[] { "kind", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_notices_number",
                schema: "facilities",
                table: "notices",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notices_sequence",
                schema: "facilities",
                table: "notices",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notices_site_ids",
                schema: "facilities",
                table: "notices",
                column: "site_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.Sql(OutageTextsBecomeNotices);

            migrationBuilder.DropTable(
                name: "outage_notices",
                schema: "facilities");
        }

        /// <summary>
        /// The texts outages sent before notices existed become the outages' notices, numbered in the order they went, each year from
        /// one; their units were not recorded then, so they carry no deliveries.
        /// </summary>
        internal const string OutageTextsBecomeNotices = """
            INSERT INTO facilities.notices (id, number, kind, title, body, site_ids, building_ids, scope_labels, channels, text, unit_count,
                                            outage_id, sent_at, created_at, created_by, updated_at, updated_by)
            SELECT md5(p.outage_id::text || p.phase)::uuid,
                   'HY-' || p.year || '-' || lpad((row_number() OVER (PARTITION BY p.year ORDER BY p.sent_at, p.outage_id, p.phase))::text, 4, '0'),
                   'Outage', o.title,
                   CASE p.phase WHEN 'Start' THEN '因' || o.title || '暂停服务。' ELSE o.title || '已处理完毕，服务已恢复正常。' END,
                   o.site_ids, o.building_ids, o.scope_labels, '["Sms"]'::jsonb, NULL, 0,
                   p.outage_id, p.sent_at, p.sent_at, 'system', p.sent_at, 'system'
            FROM (SELECT outage_id, phase, min(recorded_at) AS sent_at,
                         extract(year FROM min(recorded_at) AT TIME ZONE 'Asia/Shanghai')::int AS year
                  FROM facilities.outage_notices GROUP BY outage_id, phase) p
            JOIN facilities.outages o ON o.id = p.outage_id
            ORDER BY p.sent_at, p.outage_id, p.phase;

            INSERT INTO facilities.notice_recipients (notice_id, customer_id, outcome, masked_phone, message_id, recorded_at)
            SELECT md5(outage_id::text || phase)::uuid, customer_id, outcome, masked_phone, message_id, recorded_at
            FROM facilities.outage_notices;

            UPDATE facilities.outages o
            SET start_notice_id = (SELECT id FROM facilities.notices WHERE id = md5(o.id::text || 'Start')::uuid),
                restoration_notice_id = (SELECT id FROM facilities.notices WHERE id = md5(o.id::text || 'Restoration')::uuid);

            INSERT INTO facilities.notice_year_counts (year, last_value)
            SELECT split_part(number, '-', 2)::int, count(*) FROM facilities.notices GROUP BY 1;
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notice_deliveries",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "notice_recipients",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "notice_year_counts",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "notices",
                schema: "facilities");

            migrationBuilder.DropColumn(
                name: "restoration_notice_id",
                schema: "facilities",
                table: "outages");

            migrationBuilder.DropColumn(
                name: "start_notice_id",
                schema: "facilities",
                table: "outages");

            migrationBuilder.CreateTable(
                name: "outage_notices",
                schema: "facilities",
                columns: table => new
                {
                    outage_id = table.Column<Guid>(type: "uuid", nullable: false),
                    phase = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    masked_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    message_id = table.Column<Guid>(type: "uuid", nullable: true),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
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
        }
    }
}
