using Huiyin.BuildingBlocks.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>
/// Stamps <see cref="IAuditable"/> entities with the time and the actor on every save, through the change tracker, so that
/// a save that detected its changes beforehand (<see cref="ModuleDbContext"/>) need not detect them again.
/// </summary>
internal sealed class AuditingInterceptor(TimeProvider clock, ICurrentUser currentUser) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null)
        {
            Stamp(eventData.Context);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Stamp(DbContext context)
    {
        var now = clock.GetUtcNow();
        var actor = currentUser.Actor;
        foreach (var entry in context.ChangeTracker.Entries<IAuditable>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Property<DateTimeOffset>(nameof(IAuditable.CreatedAt)).CurrentValue = now;
                entry.Property<string>(nameof(IAuditable.CreatedBy)).CurrentValue = actor;
            }

            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Property<DateTimeOffset>(nameof(IAuditable.UpdatedAt)).CurrentValue = now;
                entry.Property<string>(nameof(IAuditable.UpdatedBy)).CurrentValue = actor;
            }
        }
    }
}
