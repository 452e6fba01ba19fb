using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Sla.Features.Extensions;

/// <summary>
/// The extension routes under each extendable item (<c>/tickets/{id}/extensions</c>, <c>/complaints/{id}/extensions</c>) and the
/// approver's queue (<c>/sla/extensions</c>). The Sla module serves them all: the clock knows whether the item is still open.
/// </summary>
internal static class ExtensionEndpoints
{
    public static void MapItemExtensions(this IEndpointRouteBuilder api)
    {
        foreach (var (type, path, approver) in ExtendableItems.All)
        {
            var item = api.MapGroup($"/{path}/{{id:guid}}/extensions").WithTags("SLA extensions");
            var name = type.ToString();

            item.MapPost("/", async (Guid id, ExtensionBody body, IMediator mediator, CancellationToken cancellationToken) =>
                    (await mediator.Send(new RequestExtension(type, id, body.Reason, body.NewDueAt), cancellationToken))
                    .ToHttp(extension => TypedResults.Created($"/api/v1/{path}/{id}/extensions/{extension.Id}", extension)))
                .RequireAuthorization(SlaPermissions.Extend)
                .WithName($"Request{name}Extension")
                .WithSummary($"Ask to move the {path[..^1]}'s resolution deadline (reason, newDueAt)")
                .WithDescription("400 naming the field for an empty reason or a newDueAt in the past or before the current due time; 409 on a resolved, closed or cancelled item, a breached deadline or while another request waits.")
                .Produces<ExtensionResponse>(StatusCodes.Status201Created)
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict);

            item.MapGet("/", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                    TypedResults.Ok(await mediator.Send(new ListItemExtensions(type, id), cancellationToken)))
                .RequireAuthorization(SlaPermissions.Read)
                .WithName($"List{name}Extensions")
                .WithSummary($"The {path[..^1]}'s extension requests and their decisions, oldest first")
                .Produces<ItemsResponse<ExtensionResponse>>();

            foreach (var (action, approve) in new[] { ("approve", true), ("refuse", false) })
            {
                item.MapPost($"/{{extensionId:guid}}/{action}", async (Guid id, Guid extensionId, DecisionBody body, IMediator mediator, CancellationToken cancellationToken) =>
                        (await mediator.Send(new DecideExtension(type, id, extensionId, approve, body.Note), cancellationToken)).ToHttp(TypedResults.Ok))
                    .RequireAuthorization(approver)
                    .WithName($"{(approve ? "Approve" : "Refuse")}{name}Extension")
                    .WithSummary(approve ? "Approve: the resolution clock moves to the new due time" : "Refuse: the resolution clock stays as it is")
                    .Produces<ExtensionResponse>()
                    .ProducesValidationProblem()
                    .ProducesProblem(StatusCodes.Status404NotFound)
                    .ProducesProblem(StatusCodes.Status409Conflict);
            }
        }
    }

    public static void MapWaitingExtensions(this IEndpointRouteBuilder extensions) =>
        extensions.MapGet("/", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListWaitingExtensions(), cancellationToken)))
            .RequireAuthorization(new AuthorizationPolicyBuilder()
                .RequireClaim(HuiyinClaims.Permission, ExtendableItems.All.Select(item => item.Approver)).Build())
            .WithName("ListWaitingSlaExtensions")
            .WithSummary("Extension requests waiting for the caller's decision (Supervisors: tickets; Managers: complaints too)")
            .Produces<ItemsResponse<ExtensionResponse>>();
}
