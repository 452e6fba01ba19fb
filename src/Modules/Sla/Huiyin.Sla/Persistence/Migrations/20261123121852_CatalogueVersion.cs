using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Sla.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class CatalogueVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "catalogue_version",
                schema: "sla",
                table: "clocks",
                type: "uuid",
                nullable: true);

            // The catalogue's version: renewed by every statement that touches a policy or a calendar, a reset included.
            migrationBuilder.Sql("""
                CREATE TABLE sla.catalogue_version (
                    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
                    version uuid NOT NULL);

                CREATE FUNCTION sla.renew_catalogue_version() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO sla.catalogue_version (version) VALUES (gen_random_uuid())
                    ON CONFLICT (only_row) DO UPDATE SET version = excluded.version;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER renew_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sla.policies
                    FOR EACH STATEMENT EXECUTE FUNCTION sla.renew_catalogue_version();
                CREATE TRIGGER renew_catalogue_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sla.calendars
                    FOR EACH STATEMENT EXECUTE FUNCTION sla.renew_catalogue_version();

                -- A clock chosen from a copy of the catalogue that is no longer current is refused; the host reloads and retries.
                CREATE FUNCTION sla.refuse_clock_from_outdated_catalogue() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.catalogue_version IS DISTINCT FROM
                       coalesce((SELECT version FROM sla.catalogue_version), '00000000-0000-0000-0000-000000000000') THEN
                        RAISE EXCEPTION 'The SLA policies or calendars changed after this clock''s policy was chosen.'
                            USING ERRCODE = 'ZH001', SCHEMA = 'sla', TABLE = 'clocks';
                    END IF;
                    RETURN NEW;
                END $$;

                CREATE TRIGGER refuse_clock_from_outdated_catalogue BEFORE INSERT ON sla.clocks
                    FOR EACH ROW EXECUTE FUNCTION sla.refuse_clock_from_outdated_catalogue();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER refuse_clock_from_outdated_catalogue ON sla.clocks;
                DROP FUNCTION sla.refuse_clock_from_outdated_catalogue();
                DROP TRIGGER renew_catalogue_version ON sla.calendars;
                DROP TRIGGER renew_catalogue_version ON sla.policies;
                DROP FUNCTION sla.renew_catalogue_version();
                DROP TABLE sla.catalogue_version;
                """);

            migrationBuilder.DropColumn(
                name: "catalogue_version",
                schema: "sla",
                table: "clocks");
        }
    }
}
