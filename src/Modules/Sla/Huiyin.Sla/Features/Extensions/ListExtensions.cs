using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Sla.Contracts;
using Huiyin.Sla.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Sla.Features.Extensions;

/// <summary>An item's extension requests, oldest first.</summary>
internal sealed record ListItemExtensions(SlaWorkType ItemType, Guid ItemId) : IQuery<ItemsResponse<ExtensionResponse>>;

/// <summary>The approver's queue: requests waiting for a decision on the kinds of item the caller decides, oldest first.</summary>
internal sealed record ListWaitingExtensions : IQuery<ItemsResponse<ExtensionResponse>>;

internal sealed class ListItemExtensionsHandler(SlaDbContext db) : IRequestHandler<ListItemExtensions, ItemsResponse<ExtensionResponse>>
{
    public async Task<ItemsResponse<ExtensionResponse>> Handle(ListItemExtensions request, CancellationToken cancellationToken) =>
        new((await db.Extensions.AsNoTracking()
                .Where(e => e.ItemType == request.ItemType && e.ItemId == request.ItemId)
                .OrderBy(e => e.RequestedAt)
                .ToListAsync(cancellationToken))
            .Select(ExtensionResponse.From).ToList());
}

internal sealed class ListWaitingExtensionsHandler(SlaDbContext db, ICurrentUser user) : IRequestHandler<ListWaitingExtensions, ItemsResponse<ExtensionResponse>>
{
    public async Task<ItemsResponse<ExtensionResponse>> Handle(ListWaitingExtensions request, CancellationToken cancellationToken)
    {
        var decides = ExtendableItems.All.Where(item => user.HasPermission(item.Approver)).Select(item => item.Type).ToList();
        return new((await db.Extensions.AsNoTracking()
                .Where(e => e.State == ExtensionState.Requested && decides.Contains(e.ItemType))
                .OrderBy(e => e.RequestedAt)
                .Take(PageRequestRules.MaxLimit)
                .ToListAsync(cancellationToken))
            .Select(ExtensionResponse.From).ToList());
    }
}
