using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Tickets.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_tickets_customer_name",
                schema: "tickets",
                table: "tickets",
                column: "customer_name")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_tickets_customer_phone",
                schema: "tickets",
                table: "tickets",
                column: "customer_phone");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tickets_customer_name",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_customer_phone",
                schema: "tickets",
                table: "tickets");
        }
    }
}
