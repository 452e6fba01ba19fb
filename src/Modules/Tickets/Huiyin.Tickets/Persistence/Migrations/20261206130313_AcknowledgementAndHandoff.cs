using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Tickets.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class AcknowledgementAndHandoff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "deadlines_acknowledgement_breached",
                schema: "tickets",
                table: "tickets",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deadlines_acknowledgement_due_at",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "deadlines_acknowledgement_met",
                schema: "tickets",
                table: "tickets",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "deadlines_handoff_breached",
                schema: "tickets",
                table: "tickets",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deadlines_handoff_due_at",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "deadlines_handoff_met",
                schema: "tickets",
                table: "tickets",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "deadlines_acknowledgement_breached",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "deadlines_acknowledgement_due_at",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "deadlines_acknowledgement_met",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "deadlines_handoff_breached",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "deadlines_handoff_due_at",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "deadlines_handoff_met",
                schema: "tickets",
                table: "tickets");
        }
    }
}
