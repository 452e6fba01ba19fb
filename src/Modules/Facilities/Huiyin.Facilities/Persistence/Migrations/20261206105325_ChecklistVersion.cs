using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Facilities.Persistence.Migrations
{
    /// <summary>
    /// Checklists are now versioned by PostgreSQL's system column <c>xmin</c>, which every row already has: the model
    /// changes, the table does not.
    /// </summary>
    internal partial class ChecklistVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
