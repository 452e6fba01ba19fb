using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Notifications.Domain.Inbox;
using Huiyin.Notifications.Domain.Preferences;
using Huiyin.Notifications.Features.Shared;
using Huiyin.Notifications.Persistence;
using Huiyin.Organization.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Features.Preferences;

/// <summary>Sets the caller's channels for the kinds listed; kinds not listed keep theirs.</summary>
internal sealed record ChangeMyPreferences(IReadOnlyList<KindChoice> Kinds) : ICommand<Result<PreferencesResponse>>;

internal sealed record KindChoice([property: EnumNames(typeof(InboxKind))] string Kind, bool InApp, bool Email, bool Sms);

internal sealed class ChangeMyPreferencesValidator : AbstractValidator<ChangeMyPreferences>
{
    public ChangeMyPreferencesValidator()
    {
        RuleFor(x => x.Kinds).NotNull();
        RuleForEach(x => x.Kinds).ChildRules(choice => choice.RuleFor(c => c.Kind).IsEnumName(typeof(InboxKind), caseSensitive: false)
            .WithMessage($"'{{PropertyValue}}' is not a kind of news. Use one of: {string.Join(", ", Enum.GetNames<InboxKind>())}.").WithErrorCode("unknown_kind"));
        RuleFor(x => x.Kinds).Must(kinds => kinds.Select(k => k.Kind.ToLowerInvariant()).Distinct().Count() == kinds.Count)
            .WithMessage("Each kind may be listed once.").WithErrorCode("duplicate_kind").When(x => x.Kinds is not null);
    }
}

internal sealed class ChangeMyPreferencesHandler(NotificationsDbContext db, ICurrentUser user, IMediator mediator)
    : IRequestHandler<ChangeMyPreferences, Result<PreferencesResponse>>
{
    public async Task<Result<PreferencesResponse>> Handle(ChangeMyPreferences request, CancellationToken cancellationToken)
    {
        if (user.IsApiClient || user.Id is not { } id)
        {
            return Error.Forbidden("staff_only", "Only staff members receive notifications.");
        }

        var contact = (await mediator.Send(new GetStaffContacts([id]), cancellationToken)).SingleOrDefault();
        for (var i = 0; i < request.Kinds.Count; i++)
        {
            if (request.Kinds[i].Email && contact?.Email is null)
            {
                return Error.Validation("email_missing", $"kinds[{i}].email", "Give your e-mail address before asking for news by e-mail.");
            }

            if (request.Kinds[i].Sms && contact?.Mobile is null)
            {
                return Error.Validation("mobile_missing", $"kinds[{i}].sms", "Give your mobile before asking for news by text message.");
            }
        }

        var kinds = request.Kinds.Select(k => Enum.Parse<InboxKind>(k.Kind, ignoreCase: true)).ToList();
        await db.Preferences.Where(p => p.StaffId == id && kinds.Contains(p.Kind)).ExecuteDeleteAsync(cancellationToken);
        db.Preferences.AddRange(request.Kinds.Select((k, i) => NotificationPreference.Of(id, kinds[i], new ChannelChoice(k.InApp, k.Email, k.Sms))));
        await db.SaveChangesAsync(cancellationToken);
        return PreferencesResponse.From(await PreferenceBook.OfAsync(db, id, cancellationToken));
    }
}

internal static class ChangeMyPreferencesEndpoint
{
    public static void MapChangeMyPreferences(this IEndpointRouteBuilder preferences) =>
        preferences.MapPut("/", async (ChangeMyPreferences request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToHttp(TypedResults.Ok))
            .WithName("ChangeMyNotificationPreferences")
            .WithSummary("Choose how kinds of news reach you")
            .WithDescription(
                "Kinds not listed keep their channels. E-mail needs your e-mail address and text messages your mobile (PUT /api/v1/me/contact): " +
                "without it, a 400 naming kinds[i].email or kinds[i].sms. An unknown or repeated kind is a 400 naming kinds.")
            .Produces<PreferencesResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
