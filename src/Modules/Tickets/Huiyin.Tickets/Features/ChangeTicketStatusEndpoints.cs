using System.Security.Claims;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Tickets.Features;

/// <summary>Why the ticket waits, is cancelled or is reopened.</summary>
internal sealed record ReasonBody(string Reason);

/// <summary>What was done to resolve the ticket.</summary>
internal sealed record ResolutionBody(string Summary);

internal static class ChangeTicketStatusEndpoints
{
    /// <summary>The moves that fit a technician's own work; the crew of a ticket may make them without <c>tickets:write</c>.</summary>
    private static readonly TicketAction[] CrewActions = [TicketAction.Start, TicketAction.Pend, TicketAction.Resolve];

    public static void MapChangeTicketStatus(this IEndpointRouteBuilder tickets)
    {
        MapWithout(tickets, TicketAction.Start, "StartTicketWork", "Start the work (Assigned or Scheduled → InProgress)");
        MapWithout(tickets, TicketAction.Resume, "ResumeTicket", "Resume a pending ticket (its resolution clock runs again, the due time moved by the pause)");
        MapWithout(tickets, TicketAction.Close, "CloseTicket", "Close a resolved ticket");
        MapWith<ReasonBody>(tickets, TicketAction.Pend, b => b.Reason, "PendTicket", "Put a ticket on hold, waiting on the customer or on parts (the resolution clock pauses)");
        MapWith<ReasonBody>(tickets, TicketAction.Reopen, b => b.Reason, "ReopenTicket", "Reopen a resolved or closed ticket (the resolution clock restarts; breaches stay)");
        MapWith<ReasonBody>(tickets, TicketAction.Cancel, b => b.Reason, "CancelTicket", "Cancel a ticket with a reason (its clocks stop)");
        MapWith<ResolutionBody>(tickets, TicketAction.Resolve, b => b.Summary, "ResolveTicket", "Resolve a ticket with a summary of what was done");
    }

    private static void MapWithout(IEndpointRouteBuilder tickets, TicketAction action, string name, string summary) =>
        Describe(tickets.MapPost($"/{{id:guid}}/{TicketLifecycle.RouteName(action)}",
                async (Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                    (await mediator.Send(new ChangeTicketStatus(id, action, null, ETags.Parse(ifMatch), ByCrew(user)), cancellationToken)).ToHttp(changed => changed.ToOk(response))),
            action, name, summary);

    private static void MapWith<TBody>(IEndpointRouteBuilder tickets, TicketAction action, Func<TBody, string?> text, string name, string summary) =>
        Describe(tickets.MapPost($"/{{id:guid}}/{TicketLifecycle.RouteName(action)}",
                    async (Guid id, TBody body, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                        (await mediator.Send(new ChangeTicketStatus(id, action, text(body), ETags.Parse(ifMatch), ByCrew(user)), cancellationToken)).ToHttp(changed => changed.ToOk(response)))
                .ProducesValidationProblem(),
            action, name, summary);

    /// <summary>A caller without <c>tickets:write</c> acts as a technician: on the tickets dispatched to them only.</summary>
    private static bool ByCrew(ClaimsPrincipal user) => !user.HasClaim(HuiyinClaims.Permission, TicketsPermissions.Write);

    private static RouteHandlerBuilder Authorized(RouteHandlerBuilder endpoint, TicketAction action) =>
        CrewActions.Contains(action)
            ? endpoint.RequireAuthorization(policy => policy.RequireClaim(HuiyinClaims.Permission, TicketsPermissions.Write, TicketsPermissions.FieldWork))
            : endpoint.RequireAuthorization(TicketsPermissions.Write);

    private static void Describe(RouteHandlerBuilder endpoint, TicketAction action, string name, string summary) =>
        Authorized(endpoint, action)
            .WithName(name)
            .WithSummary(summary)
            .WithDescription("409 `illegal_transition` names the ticket's status and the actions it allows. If-Match is honoured when sent (412 when stale). "
                             + "Start, pend and resolve are open to the technicians the ticket is dispatched to (403 for any other technician).")
            .Produces<TicketResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
