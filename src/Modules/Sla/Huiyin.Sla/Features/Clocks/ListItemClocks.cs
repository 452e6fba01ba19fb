using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Clocks;

/// <summary>An item's clocks with their event logs, oldest event first: the deadline history of a ticket or complaint.</summary>
internal sealed record ListItemClocks(string? ItemType, Guid? ItemId) : IQuery<Result<ItemsResponse<ClockWithEvents>>>;

internal sealed record ClockWithEvents(ClockView Clock, IReadOnlyList<ClockEventView> Events);

internal sealed record ClockEventView(ClockEventKind Kind, DateTimeOffset At, int? Level, DateTimeOffset DueAt, string Cause);

internal sealed class ListItemClocksValidator : AbstractValidator<ListItemClocks>
{
    public ListItemClocksValidator()
    {
        RuleFor(x => x.ItemType).NotEmpty().IsEnumName(typeof(SlaWorkType), caseSensitive: false)
            .WithMessage($"itemType is one of: {string.Join(", ", Enum.GetNames<SlaWorkType>())}.");
        RuleFor(x => x.ItemId).NotEmpty();
    }
}

internal sealed class ListItemClocksHandler(SlaDbContext db, IMediator mediator) : IRequestHandler<ListItemClocks, Result<ItemsResponse<ClockWithEvents>>>
{
    public async Task<Result<ItemsResponse<ClockWithEvents>>> Handle(ListItemClocks request, CancellationToken cancellationToken)
    {
        var clocks = await mediator.Send(new GetItemClocks(Enum.Parse<SlaWorkType>(request.ItemType!, ignoreCase: true), request.ItemId!.Value), cancellationToken);
        var ids = clocks.Select(c => c.Id).ToList();
        var events = (await db.ClockEvents.AsNoTracking().Where(e => ids.Contains(e.ClockId)).OrderBy(e => e.Id).ToListAsync(cancellationToken))
            .ToLookup(e => e.ClockId);
        return new ItemsResponse<ClockWithEvents>(clocks
            .Select(c => new ClockWithEvents(c, events[c.Id].Select(e => new ClockEventView(e.Kind, e.At, e.Level, e.DueAt, e.Cause)).ToList()))
            .ToList());
    }
}

internal static class ListItemClocksEndpoint
{
    public static void MapListItemClocks(this IEndpointRouteBuilder sla) =>
        sla.MapGet("/clocks", async (string? itemType, Guid? itemId, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListItemClocks(itemType, itemId), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(SlaPermissions.Read)
            .TakesEnum<SlaWorkType>("itemType")
            .WithName("ListItemClocks")
            .WithSummary("An item's deadline clocks and their events")
            .Produces<ItemsResponse<ClockWithEvents>>()
            .ProducesValidationProblem();
}
