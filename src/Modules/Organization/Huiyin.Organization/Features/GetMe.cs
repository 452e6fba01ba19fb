using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Organization.Auth;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

/// <summary>The signed-in staff member's own profile and permissions.</summary>
internal sealed record GetMe : IQuery<Result<UserResponse>>;

internal sealed class GetMeHandler(OrganizationDbContext db, ICurrentUser currentUser, PermissionCatalog permissions, DeskTime desk) : IRequestHandler<GetMe, Result<UserResponse>>
{
    public async Task<Result<UserResponse>> Handle(GetMe request, CancellationToken cancellationToken)
    {
        if (currentUser.IsApiClient || currentUser.Id is not { } id)
        {
            return Error.Forbidden("staff_only", "Only staff accounts have a profile.");
        }

        var staff = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == new StaffMemberId(id), cancellationToken);
        return staff is null ? Error.NotFound("Staff member", id) : UserResponse.From(staff, permissions, desk);
    }
}

internal static class GetMeEndpoint
{
    public static void MapGetMe(this IEndpointRouteBuilder auth) =>
        auth.MapGet("/me", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetMe(), cancellationToken)).ToHttp(TypedResults.Ok))
            .WithMetadata(AllowedBeforePasswordChange.Instance)
            .WithName("GetMe")
            .WithSummary("The signed-in staff member")
            .WithDescription("timeZone is the time zone the person chose to read times in (PUT /api/v1/me/time-zone); null when they follow deskTimeZone, the desk's.")
            .Produces<UserResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
