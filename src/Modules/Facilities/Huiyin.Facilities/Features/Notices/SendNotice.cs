using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain.Notices;
using Huiyin.Facilities.Features.Shared;
using Huiyin.Facilities.Persistence;
using Huiyin.Notifications.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Facilities.Features.Notices;

/// <summary>Sends a numbered notice to a site, some buildings, some floors or some units, by posting, text message or letter.</summary>
internal sealed record SendNotice(
    [property: JsonRequired] NoticeKind Kind,
    string Title,
    string Body,
    IReadOnlyList<NoticeChannel> Channels,
    Guid? SiteId = null,
    IReadOnlyList<Guid>? BuildingIds = null,
    IReadOnlyList<Guid>? UnitIds = null,
    IReadOnlyList<BuildingFloor>? Floors = null) : ICommand<Result<NoticeResponse>>
{
    [JsonIgnore]
    public int ScopesGiven =>
        (SiteId is null ? 0 : 1) + (BuildingIds is { Count: > 0 } ? 1 : 0) + (Floors is { Count: > 0 } ? 1 : 0) + (UnitIds is { Count: > 0 } ? 1 : 0);
}

internal sealed class SendNoticeValidator : AbstractValidator<SendNotice>
{
    public SendNoticeValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().NotEqual(NoticeKind.Outage).WithMessage("Outage notices are sent by recording the outage.");
        RuleFor(x => x.Title).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Body).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.Channels).NotEmpty();
        RuleForEach(x => x.Channels).IsInEnum();
        RuleFor(x => x.SiteId).Must((notice, _) => notice.ScopesGiven == 1).WithErrorCode("notice_scope_one")
            .WithMessage("Give exactly one of siteId, buildingIds, floors and unitIds.");
        RuleFor(x => x.UnitIds!.Count).LessThanOrEqualTo(1000).When(x => x.UnitIds is not null).OverridePropertyName("unitIds");
        RuleFor(x => x.BuildingIds!.Count).LessThanOrEqualTo(200).When(x => x.BuildingIds is not null).OverridePropertyName("buildingIds");
        RuleFor(x => x.Floors!.Count).LessThanOrEqualTo(200).When(x => x.Floors is not null).OverridePropertyName("floors");
        RuleForEach(x => x.Floors).ChildRules(floor => floor.RuleFor(f => f.Floor).InclusiveBetween(-10, 200));
    }
}

internal sealed class SendNoticeHandler(FacilitiesDbContext db, NoticeDesk desk) : IRequestHandler<SendNotice, Result<NoticeResponse>>
{
    public async Task<Result<NoticeResponse>> Handle(SendNotice request, CancellationToken cancellationToken)
    {
        var scope = await new AffectedUnits(db).ResolveAsync(request.SiteId, [.. (request.BuildingIds ?? []).Distinct()], [.. (request.Floors ?? []).Distinct()],
            [.. (request.UnitIds ?? []).Distinct()], cancellationToken);
        if (scope.IsFailure)
        {
            return scope.Error;
        }

        var title = request.Title.Trim();
        var text = new NoticeText(SmsTemplates.Notice, new Dictionary<string, string> { ["title"] = title, ["body"] = request.Body.Trim() });
        var notice = await desk.SendAsync(new NoticeDraft(request.Kind, title, request.Body.Trim(), request.Channels, text), scope.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return NoticeResponse.From(notice, acknowledged: 0, texted: 0);
    }
}

internal static class SendNoticeEndpoint
{
    public static void MapSendNotice(this IEndpointRouteBuilder notices) =>
        notices.MapPost("", async (SendNotice body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(notice => TypedResults.Created($"/api/v1/notices/{notice.Id}", notice)))
            .RequireAuthorization(FacilitiesPermissions.SendNotices)
            .WithName("SendNotice")
            .WithSummary("Send a numbered notice (公示, 通知, 整改通知单, 交费通知单) to a site, buildings, floors or units")
            .WithDescription("Give exactly one of `siteId` (all its units), `buildingIds` (their units), `floors` (`{buildingId, floor}`: their units) and `unitIds`, and at least one channel. " +
                "The desk numbers every notice, of whatever kind and outages' own included, in one yearly sequence `HY-yyyy-NNNN` (the desk's year, in `Desk:TimeZone`, Asia/Shanghai by default), " +
                "handed out in the notice's transaction so two sent at once never share a number. Each unit in scope gets a delivery to acknowledge (posted, letter signed for); " +
                "with `Sms`, the current owners and occupants of those units who agreed to text messages are sent the `notice` message once each, in the background. " +
                "Kind `Outage` is sent by recording an outage. Takes `Idempotency-Key`.")
            .Produces<NoticeResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}
