using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Domain.Outages;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Outages;

/// <summary>
/// The out-of-service notices in force: every outage not yet restored, the earliest first, for the agents' banner. With
/// <c>unitIds</c>, comma-separated (a floor's units, the caller's unit), each notice names those of them it affects.
/// </summary>
internal sealed record ListActiveNotices(string? UnitIds) : IQuery<Result<ItemsResponse<ActiveNotice>>>
{
    public const int MaxUnitIds = 200;

    public string[] UnitIdList => (UnitIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed class ListActiveNoticesValidator : AbstractValidator<ListActiveNotices>
{
    public ListActiveNoticesValidator() =>
        RuleFor(x => x.UnitIdList).Must(ids => ids.Length <= ListActiveNotices.MaxUnitIds && ids.All(id => Guid.TryParse(id, out _)))
            .OverridePropertyName("unitIds").WithErrorCode("unknown_value")
            .WithMessage($"unitIds takes up to {ListActiveNotices.MaxUnitIds} comma-separated unit ids.");
}

internal sealed record ActiveNotice(
    Guid OutageId, OutageKind Kind, string Title, IReadOnlyList<string> Scope, int AffectedUnits, DateTimeOffset StartedAt, DateTimeOffset? EstimatedRestorationAt,
    IReadOnlyList<Guid> AffectedUnitIds);

internal sealed class ListActiveNoticesHandler(FacilitiesDbContext db) : IRequestHandler<ListActiveNotices, Result<ItemsResponse<ActiveNotice>>>
{
    public async Task<Result<ItemsResponse<ActiveNotice>>> Handle(ListActiveNotices request, CancellationToken cancellationToken)
    {
        var outages = await db.Outages.AsNoTracking().Where(o => o.RestoredAt == null).OrderBy(o => o.StartedAt).ToListAsync(cancellationToken);
        var asked = request.UnitIdList.Select(id => new UnitId(Guid.Parse(id))).ToList();
        var outageIds = outages.Select(o => o.Id).ToList();
        var affected = asked.Count == 0
            ? []
            : await db.OutageUnits.AsNoTracking().Where(u => outageIds.Contains(u.OutageId) && asked.Contains(u.UnitId)).ToListAsync(cancellationToken);
        return new ItemsResponse<ActiveNotice>(outages.Select(o => new ActiveNotice(o.Id.Value, o.Kind, o.Title, o.ScopeLabels, o.AffectedUnitCount, o.StartedAt, o.EstimatedRestorationAt,
            affected.Where(u => u.OutageId == o.Id).Select(u => u.UnitId.Value).ToList())).ToList());
    }
}

internal static class ListActiveNoticesEndpoint
{
    public static void MapListActiveNotices(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/notices/active", async (string? unitIds, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListActiveNotices(unitIds), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("ListActiveNotices")
            .WithSummary("The out-of-service notices in force")
            .WithDescription("Every outage not yet restored, with the places it covers by name and the estimated restoration, for the banner agents see while they take calls. " +
                $"With `unitIds`, comma-separated (up to {ListActiveNotices.MaxUnitIds}: a floor's units, the caller's unit), each notice's `affectedUnitIds` names those of them it covers; otherwise that list is empty.")
            .Produces<ItemsResponse<ActiveNotice>>()
            .ProducesValidationProblem();
}
