using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Tickets.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class TimelineCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "args",
                schema: "tickets",
                table: "timeline_entries",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'{}'::jsonb");

            migrationBuilder.AddColumn<string>(
                name: "code",
                schema: "tickets",
                table: "timeline_entries",
                type: "character varying(48)",
                maxLength: 48,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "args",
                schema: "tickets",
                table: "timeline_entries");

            migrationBuilder.DropColumn(
                name: "code",
                schema: "tickets",
                table: "timeline_entries");
        }
    }
}
