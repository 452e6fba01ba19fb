using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Notifications.Features.Shared;
using Huiyin.Notifications.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Notifications.Features.Preferences;

/// <summary>The caller's choice of channel for every kind of news, the defaults where they chose nothing.</summary>
internal sealed record GetMyPreferences : IQuery<Result<PreferencesResponse>>;

internal sealed class GetMyPreferencesHandler(NotificationsDbContext db, ICurrentUser user) : IRequestHandler<GetMyPreferences, Result<PreferencesResponse>>
{
    public async Task<Result<PreferencesResponse>> Handle(GetMyPreferences request, CancellationToken cancellationToken)
    {
        if (user.IsApiClient || user.Id is not { } id)
        {
            return Error.Forbidden("staff_only", "Only staff members receive notifications.");
        }

        return PreferencesResponse.From(await PreferenceBook.OfAsync(db, id, cancellationToken));
    }
}

internal static class GetMyPreferencesEndpoint
{
    public static void MapGetMyPreferences(this IEndpointRouteBuilder preferences) =>
        preferences.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetMyPreferences(), cancellationToken)).ToHttp(TypedResults.Ok))
            .WithName("GetMyNotificationPreferences")
            .WithSummary("How each kind of news reaches you: in the app, by e-mail, by text message")
            .WithDescription("Every kind is listed. Until changed: in the app on; e-mail off but for a disabled webhook; text messages off but for escalations.")
            .Produces<PreferencesResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
