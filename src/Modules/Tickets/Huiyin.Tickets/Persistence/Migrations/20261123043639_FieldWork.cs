using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Tickets.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class FieldWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "customer_sign_offs",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    customer_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    signature = table.Column<byte[]>(type: "bytea", nullable: false),
                    satisfied = table.Column<bool>(type: "boolean", nullable: false),
                    comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_sign_offs", x => x.id);
                    table.ForeignKey(
                        name: "fk_customer_sign_offs_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalSchema: "tickets",
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "daily_reviews",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    signer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    signer_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    late = table.Column<bool>(type: "boolean", nullable: false),
                    findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    counts_breached = table.Column<int>(type: "integer", nullable: false),
                    counts_created = table.Column<int>(type: "integer", nullable: false),
                    counts_resolved = table.Column<int>(type: "integer", nullable: false),
                    counts_still_open = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_daily_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "job_photos",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    client_photo_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    content_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    length = table.Column<int>(type: "integer", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_photos", x => x.id);
                    table.ForeignKey(
                        name: "fk_job_photos_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalSchema: "tickets",
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "monthly_reviews",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewer_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_by = table.Column<DateOnly>(type: "date", nullable: false),
                    late = table.Column<bool>(type: "boolean", nullable: false),
                    findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    counts_breached = table.Column<int>(type: "integer", nullable: false),
                    counts_created = table.Column<int>(type: "integer", nullable: false),
                    counts_resolved = table.Column<int>(type: "integer", nullable: false),
                    counts_still_open = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_monthly_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "technician_visits",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    checked_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    checked_out_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_technician_visits", x => x.id);
                    table.ForeignKey(
                        name: "fk_technician_visits_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalSchema: "tickets",
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_logs",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    explanation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    materials = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_logs", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_logs_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalSchema: "tickets",
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_customer_sign_offs_ticket_id_at",
                schema: "tickets",
                table: "customer_sign_offs",
                columns: new[] { "ticket_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_daily_reviews_team_id_day",
                schema: "tickets",
                table: "daily_reviews",
                columns: new[] { "team_id", "day" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_job_photos_ticket_id_client_photo_id",
                schema: "tickets",
                table: "job_photos",
                columns: new[] { "ticket_id", "client_photo_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_monthly_reviews_month",
                schema: "tickets",
                table: "monthly_reviews",
                column: "month",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_technician_visits_open",
                schema: "tickets",
                table: "technician_visits",
                columns: new[] { "ticket_id", "technician_id" },
                unique: true,
                filter: "checked_out_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_technician_visits_ticket_id_checked_in_at",
                schema: "tickets",
                table: "technician_visits",
                columns: new[] { "ticket_id", "checked_in_at" });

            migrationBuilder.CreateIndex(
                name: "ix_work_logs_ticket_id_at",
                schema: "tickets",
                table: "work_logs",
                columns: new[] { "ticket_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "customer_sign_offs",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "daily_reviews",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "job_photos",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "monthly_reviews",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "technician_visits",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "work_logs",
                schema: "tickets");
        }
    }
}
