using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Notifications.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class Inbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inbox_items",
                schema: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    args = table.Column<string>(type: "jsonb", nullable: false),
                    link_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    link_id = table.Column<Guid>(type: "uuid", nullable: true),
                    urgent = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_sequences",
                schema: "notifications",
                columns: table => new
                {
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    last_sequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_sequences", x => x.recipient_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_items_recipient_id_event_id",
                schema: "notifications",
                table: "inbox_items",
                columns: new[] { "recipient_id", "event_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbox_items_recipient_id_sequence",
                schema: "notifications",
                table: "inbox_items",
                columns: new[] { "recipient_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbox_items_unread",
                schema: "notifications",
                table: "inbox_items",
                column: "recipient_id",
                filter: "read_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_items",
                schema: "notifications");

            migrationBuilder.DropTable(
                name: "inbox_sequences",
                schema: "notifications");
        }
    }
}
