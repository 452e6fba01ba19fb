using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Tickets.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class TicketOutages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "outages",
                schema: "tickets",
                table: "tickets",
                type: "jsonb",
                nullable: true);

            // Tickets taken in before outages were recorded came in during none.
            migrationBuilder.Sql("UPDATE tickets.tickets SET outages = '[]'::jsonb");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "outages",
                schema: "tickets",
                table: "tickets");
        }
    }
}
