using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Customers.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "customers");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateSequence(
                name: "customer_number",
                schema: "customers");

            migrationBuilder.CreateTable(
                name: "customer_exports",
                schema: "customers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    format = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    filter_search = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    filter_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    filter_tier = table.Column<int>(type: "integer", nullable: true),
                    filter_vip = table.Column<bool>(type: "boolean", nullable: true),
                    filter_archived = table.Column<bool>(type: "boolean", nullable: false),
                    requested_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    approved_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    downloaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_exports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "customers",
                schema: "customers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    phones = table.Column<List<string>>(type: "text[]", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    id_number_cipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    id_number_index = table.Column<byte[]>(type: "bytea", nullable: true),
                    id_number_masked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    bank_account_cipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    bank_account_index = table.Column<byte[]>(type: "bytea", nullable: true),
                    bank_account_masked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    addresses = table.Column<List<string>>(type: "text[]", nullable: false),
                    unit_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    account_manager_id = table.Column<Guid>(type: "uuid", nullable: true),
                    vip = table.Column<bool>(type: "boolean", nullable: false),
                    tier = table.Column<int>(type: "integer", nullable: true),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    sms_consent = table.Column<bool>(type: "boolean", nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    score_asset_size = table.Column<int>(type: "integer", nullable: true),
                    score_business_scale = table.Column<int>(type: "integer", nullable: true),
                    score_brand_strength = table.Column<int>(type: "integer", nullable: true),
                    score_cooperativeness = table.Column<int>(type: "integer", nullable: true),
                    score_evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    score_scored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    score_scored_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    search_text = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    name_grams = table.Column<List<string>>(type: "text[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "grading_runs",
                schema: "customers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    started_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    approved_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grading_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "customers",
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
                schema: "customers",
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
                name: "customer_changes",
                schema: "customers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    field = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    old_value = table.Column<string>(type: "text", nullable: true),
                    new_value = table.Column<string>(type: "text", nullable: true),
                    changed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_customer_changes_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "customers",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "customer_documents",
                schema: "customers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_customer_documents_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "customers",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sensitive_access_log",
                schema: "customers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fields = table.Column<List<string>>(type: "text[]", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    accessed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    accessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sensitive_access_log", x => x.id);
                    table.ForeignKey(
                        name: "fk_sensitive_access_log_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "customers",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grading_entries",
                schema: "customers",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<int>(type: "integer", nullable: false),
                    previous_tier = table.Column<int>(type: "integer", nullable: true),
                    proposed_tier = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grading_entries", x => new { x.run_id, x.customer_id });
                    table.ForeignKey(
                        name: "fk_grading_entries_grading_runs_run_id",
                        column: x => x.run_id,
                        principalSchema: "customers",
                        principalTable: "grading_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_customer_changes_customer_id_id",
                schema: "customers",
                table: "customer_changes",
                columns: new[] { "customer_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_customer_documents_customer_id_id",
                schema: "customers",
                table: "customer_documents",
                columns: new[] { "customer_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_customers_account_manager_id",
                schema: "customers",
                table: "customers",
                column: "account_manager_id");

            migrationBuilder.CreateIndex(
                name: "ix_customers_bank_account_index",
                schema: "customers",
                table: "customers",
                column: "bank_account_index");

            migrationBuilder.CreateIndex(
                name: "ix_customers_id_number_index",
                schema: "customers",
                table: "customers",
                column: "id_number_index");

            migrationBuilder.CreateIndex(
                name: "ix_customers_name_grams",
                schema: "customers",
                table: "customers",
                column: "name_grams")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_customers_number",
                schema: "customers",
                table: "customers",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_customers_phones",
                schema: "customers",
                table: "customers",
                column: "phones")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_customers_search_text",
                schema: "customers",
                table: "customers",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_customers_sequence",
                schema: "customers",
                table: "customers",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grading_entries_customer_id",
                schema: "customers",
                table: "grading_entries",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_grading_entries_run_id_rank",
                schema: "customers",
                table: "grading_entries",
                columns: new[] { "run_id", "rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "customers",
                table: "outbox_messages",
                columns: new[] { "next_attempt_at", "occurred_at" },
                filter: "processed_at IS NULL AND parked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_sensitive_access_log_customer_id_id",
                schema: "customers",
                table: "sensitive_access_log",
                columns: new[] { "customer_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "customer_changes",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "customer_documents",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "customer_exports",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "grading_entries",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "sensitive_access_log",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "grading_runs",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "customers",
                schema: "customers");

            migrationBuilder.DropSequence(
                name: "customer_number",
                schema: "customers");
        }
    }
}
