using Huiyin.BuildingBlocks.Http;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Features.Shared;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Complaints.Features.Steps;

internal static class ComplaintStepEndpoints
{
    public static void MapComplaintSteps(this IEndpointRouteBuilder complaints)
    {
        Map<Investigate>(complaints, ComplaintAction.Investigate, "InvestigateComplaint",
            "Record the investigation: findings, validity (Effective, HelpSeeking or Enquiry) with its reason, and the root cause");
        Map<ProposeRemedy>(complaints, ComplaintAction.ProposeRemedy, "ProposeComplaintRemedy", "Propose a remedy, or a new one before the Manager decides");
        Map<DecideRemedy>(complaints, ComplaintAction.DecideRemedy, "DecideComplaintRemedy", "The Manager decides the remedy and the responsible department",
            ComplaintsPermissions.Decide);
        Map<CarryOut>(complaints, ComplaintAction.CarryOut, "CarryOutComplaintRemedy", "Record that the decided remedy was carried out");
        Map<Confirm>(complaints, ComplaintAction.Confirm, "ConfirmComplaintRemedy",
            "The customer's answer: accepted resolves the complaint (the resolution clock stops), not accepted returns it to RemedyProposed");
        Describe(complaints.MapPost(Route(ComplaintAction.Close),
                async (Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                    (await mediator.Send(new CloseComplaint().On(id, ifMatch), cancellationToken)).ToHttp(closed => closed.ToOk(response))),
            "CloseComplaint", "Close a resolved complaint", ComplaintsPermissions.Handle);
        Map<ReopenComplaint>(complaints, ComplaintAction.Reopen, "ReopenComplaint",
            "Reopen a resolved or closed complaint with a reason, to be investigated again (the resolution clock restarts; breaches stay)");
    }

    private static void Map<TStep>(IEndpointRouteBuilder complaints, ComplaintAction action, string name, string summary, string permission = ComplaintsPermissions.Handle)
        where TStep : ComplaintStep =>
        Describe(complaints.MapPost(Route(action),
                    async (Guid id, TStep body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                        (await mediator.Send(body.On(id, ifMatch), cancellationToken)).ToHttp(taken => taken.ToOk(response)))
                .ProducesValidationProblem(),
            name, summary, permission);

    private static string Route(ComplaintAction action) => $"/{{id:guid}}/{ComplaintLifecycle.RouteName(action)}";

    private static void Describe(RouteHandlerBuilder endpoint, string name, string summary, string permission) =>
        endpoint.RequireAuthorization(permission)
            .WithName(name)
            .WithSummary(summary)
            .WithDescription("409 `illegal_transition` names the complaint's status and the steps it allows (`allowedActions`, as on every complaint). If-Match is honoured when sent (412 when stale).")
            .Produces<ComplaintResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
