using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Complaints.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class ContactsTimelineDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<bool>(
                name: "breached",
                schema: "complaints",
                table: "complaints",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "first_contact_at",
                schema: "complaints",
                table: "complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "next_due_at",
                schema: "complaints",
                table: "complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "next_due_metric",
                schema: "complaints",
                table: "complaints",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "contacts",
                schema: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    actor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    handler_id = table.Column<Guid>(type: "uuid", nullable: true),
                    handler_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    sms_message_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_contacts_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "complaints",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "timeline_entries",
                schema: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    actor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    from_status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    to_status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    detail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    code = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    args = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_timeline_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_timeline_entries_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "complaints",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_breached_number",
                schema: "complaints",
                table: "complaints",
                column: "number",
                filter: "breached");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_category_number",
                schema: "complaints",
                table: "complaints",
                columns: new[] { "category", "number" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_customer_name",
                schema: "complaints",
                table: "complaints",
                column: "customer_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_next_due_at",
                schema: "complaints",
                table: "complaints",
                column: "next_due_at",
                filter: "next_due_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_complaint_id_at",
                schema: "complaints",
                table: "contacts",
                columns: new[] { "complaint_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_timeline_entries_complaint_id_at",
                schema: "complaints",
                table: "timeline_entries",
                columns: new[] { "complaint_id", "at" });

            // Complaints registered before the timeline existed get their registration line.
            migrationBuilder.Sql("""
                INSERT INTO complaints.timeline_entries (id, complaint_id, at, kind, actor, actor_name, to_status, detail, code, args)
                SELECT gen_random_uuid(), c.id, c.created_at, 'Registered', c.created_by, c.created_by, 'Registered',
                       c.number || ' · ' || c.channel || ' · ' || c.category || ' · ' || c.severity || ': ' || c.description, 'registered',
                       jsonb_build_object('number', c.number, 'channel', c.channel, 'category', c.category, 'severity', c.severity, 'description', c.description)
                FROM complaints.complaints c;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contacts",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "timeline_entries",
                schema: "complaints");

            migrationBuilder.DropIndex(
                name: "ix_complaints_breached_number",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropIndex(
                name: "ix_complaints_category_number",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropIndex(
                name: "ix_complaints_customer_name",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropIndex(
                name: "ix_complaints_next_due_at",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "breached",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "first_contact_at",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "next_due_at",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "next_due_metric",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
