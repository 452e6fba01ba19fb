using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Notifications.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class SmsProviderFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "provider_reference",
                schema: "notifications",
                table: "outgoing_messages",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "template_values",
                schema: "notifications",
                table: "outgoing_messages",
                type: "jsonb",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "provider_reference",
                schema: "notifications",
                table: "outgoing_messages");

            migrationBuilder.DropColumn(
                name: "template_values",
                schema: "notifications",
                table: "outgoing_messages");
        }
    }
}
