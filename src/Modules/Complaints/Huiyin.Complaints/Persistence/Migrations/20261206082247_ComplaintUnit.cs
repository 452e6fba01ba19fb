using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Complaints.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class ComplaintUnit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "building_id",
                schema: "complaints",
                table: "complaints",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "site_id",
                schema: "complaints",
                table: "complaints",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "unit_id",
                schema: "complaints",
                table: "complaints",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "unit_label",
                schema: "complaints",
                table: "complaints",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_site_id_created_at",
                schema: "complaints",
                table: "complaints",
                columns: new[] { "site_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_complaints_site_id_created_at",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "building_id",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "site_id",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "unit_id",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "unit_label",
                schema: "complaints",
                table: "complaints");
        }
    }
}
