using System.Security.Claims;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

/// <summary>The signed-in person's sessions that may still be renewed, the latest used first.</summary>
internal sealed record ListMySessions(Guid? CurrentSessionId) : IQuery<Result<IReadOnlyList<MySessionResponse>>>;

/// <summary>One sign-in session: the device and address of its latest use, when it started and was last renewed.</summary>
internal sealed record MySessionResponse(Guid Id, string Device, string? Address, DateTimeOffset CreatedAt, DateTimeOffset LastUsedAt, bool Current);

internal sealed class ListMySessionsHandler(OrganizationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ListMySessions, Result<IReadOnlyList<MySessionResponse>>>
{
    public async Task<Result<IReadOnlyList<MySessionResponse>>> Handle(ListMySessions request, CancellationToken cancellationToken)
    {
        var owner = SessionOwner.Of(currentUser);
        if (owner.IsFailure)
        {
            return owner.Error;
        }

        var now = clock.GetUtcNow();
        var staffId = owner.Value;
        return await db.RefreshTokens.AsNoTracking()
            .Where(t => t.StaffMemberId == staffId && t.ConsumedAt == null && t.RevokedAt == null && t.ExpiresAt > now)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new MySessionResponse(t.FamilyId, t.Device, t.Address, t.SessionStartedAt, t.CreatedAt, t.FamilyId == request.CurrentSessionId))
            .ToListAsync(cancellationToken);
    }
}

internal static class ListMySessionsEndpoint
{
    public static void MapListMySessions(this IEndpointRouteBuilder sessions) =>
        sessions.MapGet("/", async (ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListMySessions(SessionOwner.SessionOf(user)), cancellationToken)).ToHttp(TypedResults.Ok))
            .WithName("ListMySessions")
            .WithSummary("My sign-in sessions: device, address, when started and last used; current marks the one asking")
            .Produces<IReadOnlyList<MySessionResponse>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
