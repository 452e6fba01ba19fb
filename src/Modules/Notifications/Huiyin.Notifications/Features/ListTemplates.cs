using Huiyin.Notifications.Contracts;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Notifications.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Features;

/// <summary>Every message template, by key.</summary>
internal sealed record ListTemplates : IQuery<Result<ItemsResponse<TemplateResponse>>>;

internal sealed class ListTemplatesHandler(NotificationsDbContext db) : IRequestHandler<ListTemplates, Result<ItemsResponse<TemplateResponse>>>
{
    public async Task<Result<ItemsResponse<TemplateResponse>>> Handle(ListTemplates request, CancellationToken cancellationToken)
    {
        var templates = await db.Templates.AsNoTracking().OrderBy(t => t.Key).ToListAsync(cancellationToken);
        return new ItemsResponse<TemplateResponse>(templates.Select(TemplateResponse.From).ToList());
    }
}

internal static class ListTemplatesEndpoint
{
    public static void MapListTemplates(this IEndpointRouteBuilder templates) =>
        templates.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListTemplates(), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(NotificationsPermissions.Manage)
            .WithName("ListMessageTemplates")
            .WithSummary("Message templates and the placeholders each may use")
            .Produces<ItemsResponse<TemplateResponse>>();
}
