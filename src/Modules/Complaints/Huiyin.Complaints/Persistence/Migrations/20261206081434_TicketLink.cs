using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Complaints.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class TicketLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ticket_id",
                schema: "complaints",
                table: "complaints",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_ticket_id",
                schema: "complaints",
                table: "complaints",
                column: "ticket_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_complaints_ticket_id",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "ticket_id",
                schema: "complaints",
                table: "complaints");
        }
    }
}
