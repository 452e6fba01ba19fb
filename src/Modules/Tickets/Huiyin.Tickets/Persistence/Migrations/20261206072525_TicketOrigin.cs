using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Tickets.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class TicketOrigin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "origin",
                schema: "tickets",
                table: "tickets",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_tickets_origin",
                schema: "tickets",
                table: "tickets",
                column: "origin",
                unique: true,
                filter: "origin IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tickets_origin",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "origin",
                schema: "tickets",
                table: "tickets");
        }
    }
}
