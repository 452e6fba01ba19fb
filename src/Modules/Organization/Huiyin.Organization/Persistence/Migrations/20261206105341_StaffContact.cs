using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Organization.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class StaffContact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "email",
                schema: "organization",
                table: "staff_members",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mobile",
                schema: "organization",
                table: "staff_members",
                type: "character varying(11)",
                maxLength: 11,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "email",
                schema: "organization",
                table: "staff_members");

            migrationBuilder.DropColumn(
                name: "mobile",
                schema: "organization",
                table: "staff_members");
        }
    }
}
