using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Organization.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class StaffTimeZone : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "time_zone",
                schema: "organization",
                table: "staff_members",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "time_zone",
                schema: "organization",
                table: "staff_members");
        }
    }
}
