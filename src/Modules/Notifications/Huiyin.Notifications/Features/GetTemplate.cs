using Huiyin.Notifications.Contracts;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Notifications.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Features;

/// <summary>One template with its ETag, which a change must send back as If-Match.</summary>
internal sealed record GetTemplate(string Key) : IQuery<Result<Versioned<TemplateResponse>>>;

internal sealed class GetTemplateHandler(NotificationsDbContext db) : IRequestHandler<GetTemplate, Result<Versioned<TemplateResponse>>>
{
    public async Task<Result<Versioned<TemplateResponse>>> Handle(GetTemplate request, CancellationToken cancellationToken)
    {
        var template = await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.Key == request.Key, cancellationToken);
        return template is null
            ? Error.NotFound("Message template", request.Key)
            : new Versioned<TemplateResponse>(TemplateResponse.From(template), template.Version);
    }
}

internal static class GetTemplateEndpoint
{
    public static void MapGetTemplate(this IEndpointRouteBuilder templates) =>
        templates.MapGet("/{key}", async (string key, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetTemplate(key), cancellationToken)).ToHttp(found => found.ToOk(response)))
            .RequireAuthorization(NotificationsPermissions.Manage)
            .WithName("GetMessageTemplate")
            .WithSummary("A message template, with its ETag")
            .Produces<TemplateResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
