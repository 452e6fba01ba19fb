using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Complaints.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class HandlingSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                schema: "complaints",
                table: "complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "customer_feedback",
                schema: "complaints",
                table: "complaints",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "findings",
                schema: "complaints",
                table: "complaints",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "investigated_by_id",
                schema: "complaints",
                table: "complaints",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "remedy",
                schema: "complaints",
                table: "complaints",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "remedy_decided_by_id",
                schema: "complaints",
                table: "complaints",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "remedy_proposal",
                schema: "complaints",
                table: "complaints",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "resolved_at",
                schema: "complaints",
                table: "complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "responsible_department",
                schema: "complaints",
                table: "complaints",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "root_cause",
                schema: "complaints",
                table: "complaints",
                type: "character varying(24)",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "validity_reason",
                schema: "complaints",
                table: "complaints",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "work_done",
                schema: "complaints",
                table: "complaints",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "closed_at",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "customer_feedback",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "findings",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "investigated_by_id",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "remedy",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "remedy_decided_by_id",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "remedy_proposal",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "resolved_at",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "responsible_department",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "root_cause",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "validity_reason",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "work_done",
                schema: "complaints",
                table: "complaints");
        }
    }
}
