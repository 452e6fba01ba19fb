using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Organization.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class MustChangePassword : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "must_change_password",
                schema: "organization",
                table: "staff_members",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "must_change_password",
                schema: "organization",
                table: "staff_members");
        }
    }
}
