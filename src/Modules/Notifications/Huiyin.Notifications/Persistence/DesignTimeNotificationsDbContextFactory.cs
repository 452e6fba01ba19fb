using Huiyin.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Huiyin.Notifications.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running host.</summary>
internal sealed class DesignTimeNotificationsDbContextFactory : IDesignTimeDbContextFactory<NotificationsDbContext>
{
    public NotificationsDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.DesignTimeOptions<NotificationsDbContext>(NotificationsDbContext.SchemaName));
}
