using Huiyin.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Sla.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class OutboxNotifyTrigger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateOutboxNotifyTrigger(SlaDbContext.SchemaName);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropOutboxNotifyTrigger(SlaDbContext.SchemaName);
    }
}
