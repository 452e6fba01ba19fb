using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Sla.Persistence.Migrations
{
    /// <summary>A clock restarted under a newly chosen policy is checked against the catalogue's version as a new clock is.</summary>
    [DbContext(typeof(SlaDbContext))]
    [Migration("20261207090000_RestartUnderCurrentCatalogue")]
    internal partial class RestartUnderCurrentCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER refuse_restart_from_outdated_catalogue BEFORE UPDATE OF catalogue_version ON sla.clocks
                    FOR EACH ROW EXECUTE FUNCTION sla.refuse_clock_from_outdated_catalogue();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER refuse_restart_from_outdated_catalogue ON sla.clocks;");
        }
    }
}
