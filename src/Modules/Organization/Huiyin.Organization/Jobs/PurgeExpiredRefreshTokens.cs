using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Jobs;

/// <summary>Daily job <c>organization:purge-refresh-tokens</c>: removes refresh tokens that expired over a day ago.</summary>
internal sealed record PurgeExpiredRefreshTokens : ICommand<Result>
{
    public const string JobId = "organization:purge-refresh-tokens";
}

internal sealed class PurgeExpiredRefreshTokensHandler(OrganizationDbContext db, TimeProvider clock) : IRequestHandler<PurgeExpiredRefreshTokens, Result>
{
    private static readonly TimeSpan Grace = TimeSpan.FromDays(1);

    public async Task<Result> Handle(PurgeExpiredRefreshTokens request, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - Grace;
        await db.RefreshTokens.Where(t => t.ExpiresAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        return Result.Success();
    }
}
