using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Organization.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class SessionDevices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "address",
                schema: "organization",
                table: "refresh_tokens",
                type: "character varying(45)",
                maxLength: 45,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "device",
                schema: "organization",
                table: "refresh_tokens",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "session_started_at",
                schema: "organization",
                table: "refresh_tokens",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Sessions opened before devices were recorded: their oldest known token tells when they started.
            migrationBuilder.Sql(
                """
                UPDATE organization.refresh_tokens t
                SET session_started_at = (SELECT min(f.created_at) FROM organization.refresh_tokens f WHERE f.family_id = t.family_id),
                    device = 'Unknown device';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "address",
                schema: "organization",
                table: "refresh_tokens");

            migrationBuilder.DropColumn(
                name: "device",
                schema: "organization",
                table: "refresh_tokens");

            migrationBuilder.DropColumn(
                name: "session_started_at",
                schema: "organization",
                table: "refresh_tokens");
        }
    }
}
