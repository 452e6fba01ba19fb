using System.Text.RegularExpressions;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Features.Shared;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Unit = Huiyin.Facilities.Domain.Unit;

namespace Huiyin.Facilities.Features.Tree;

/// <summary>
/// Units by the start of their full number (3-2-15 finds 3-2-1501…) or of their door number (1502), in a building, vacant or
/// not, in full-number order a page at a time.
/// </summary>
internal sealed partial record SearchUnits(string? Search, Guid? BuildingId, bool? Vacant, string? Cursor, int? Limit) : IQuery<Result<Page<UnitResponse>>>
{
    /// <summary>The search as a LIKE prefix: spaces and slashes read as the dash that joins the parts; LIKE's own characters escaped.</summary>
    public string? Prefix => string.IsNullOrWhiteSpace(Search) ? null
        : Separators().Replace(Search.Trim(), "-").Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";

    [GeneratedRegex(@"[\s/]+")]
    private static partial Regex Separators();
}

internal sealed class SearchUnitsValidator : AbstractValidator<SearchUnits>
{
    public SearchUnitsValidator()
    {
        RuleFor(x => x.Search).MaximumLength(42);
        RuleFor(x => x.Limit).MustBeAPageLimit();
        RuleFor(x => x.Cursor).MustBeACursorOf(keys: 2);
    }
}

internal sealed class SearchUnitsHandler(FacilitiesDbContext db) : IRequestHandler<SearchUnits, Result<Page<UnitResponse>>>
{
    public async Task<Result<Page<UnitResponse>>> Handle(SearchUnits request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? PageRequestRules.DefaultLimit;
        var units = Filtered(db.Units.AsNoTracking(), request);
        if (request.Prefix is { } prefix)
        {
            // Two ordered index range scans, each stopping at a page: one condition OR-ed with the other would walk the
            // whole full-number index in order, filtering, before the first match of a common prefix.
            var byFullNumber = InOrder(units.Where(u => EF.Functions.Like(u.FullNumber, prefix, @"\"))).Take(limit + 1).Select(u => u.Id);
            var byDoorNumber = InOrder(units.Where(u => EF.Functions.Like(u.Number, prefix, @"\") && !EF.Functions.Like(u.FullNumber, prefix, @"\")))
                .Take(limit + 1).Select(u => u.Id);
            var candidates = byFullNumber.Concat(byDoorNumber);
            units = db.Units.AsNoTracking().Where(u => candidates.Contains(u.Id));
        }

        var fetched = await InOrder(units).Take(limit + 1).ToListAsync(cancellationToken);
        var page = Page<Unit>.From(fetched, limit, u => Cursor.Encode(u.FullNumber, u.Label));
        return new Page<UnitResponse>(page.Items.Select(u => UnitResponses.From(u)).ToList(), page.NextCursor);
    }

    private static IQueryable<Unit> Filtered(IQueryable<Unit> units, SearchUnits request)
    {
        if (request.BuildingId is { } building)
        {
            units = units.Where(u => u.BuildingId == new BuildingId(building));
        }

        if (request.Vacant is { } vacant)
        {
            units = units.Where(u => u.Vacant == vacant);
        }

        if (request.Cursor is not null && Cursor.Decode(request.Cursor, 2) is [var number, var label])
        {
            units = units.Where(u => string.Compare(u.FullNumber, number) > 0 || (u.FullNumber == number && string.Compare(u.Label, label) > 0));
        }

        return units;
    }

    private static IOrderedQueryable<Unit> InOrder(IQueryable<Unit> units) => units.OrderBy(u => u.FullNumber).ThenBy(u => u.Label);
}

internal static class SearchUnitsEndpoint
{
    public static void MapSearchUnits(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/units", async (string? search, Guid? buildingId, bool? vacant, string? cursor, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new SearchUnits(search, buildingId, vacant, cursor, limit), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("SearchUnits")
            .WithSummary("Find units by number (3-2-1502), building and vacancy")
            .WithDescription("`search` matches the start of a unit's full number (building code, entrance, number: `3-2-1502`; spaces and slashes count as dashes) or of its door number (`1502`). In full-number order; pages with `cursor` and `limit` (1–200, default 50). Items carry no `equipmentDown`: read a unit for it.")
            .Produces<Page<UnitResponse>>()
            .ProducesValidationProblem();
}
