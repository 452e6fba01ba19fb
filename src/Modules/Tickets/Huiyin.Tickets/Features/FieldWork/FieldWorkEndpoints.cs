using Huiyin.Tickets.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Tickets.Features.FieldWork;

/// <summary>The technicians' mobile API under <c>/me/jobs</c>: every step needs <c>tickets:field-work</c> and a job dispatched to the caller.</summary>
internal static class FieldWorkEndpoints
{
    public static void MapFieldWork(this IEndpointRouteBuilder api)
    {
        var jobs = api.MapGroup("/me/jobs").WithTags("My jobs");
        jobs.MapListMyJobs();
        jobs.MapGetMyJob();
        jobs.MapCheckIn();
        jobs.MapCheckOut();
        jobs.MapLogWork();
        jobs.MapAddJobPhoto();
        jobs.MapGetJobPhoto();
        jobs.MapSignOffJob();
        jobs.MapResolveJob();
    }

    public static RouteHandlerBuilder AsFieldWork(this RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint.RequireAuthorization(TicketsPermissions.FieldWork).WithName(name).WithSummary(summary);

    /// <summary>A read of one job: 404 unknown, 403 not the caller's.</summary>
    public static RouteHandlerBuilder AsJobRead(this RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint.AsFieldWork(name, summary)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>A step on one job: 400 bad input, 404 unknown, 403 not the caller's, 409 not in a status the step allows (naming it).</summary>
    public static RouteHandlerBuilder AsFieldStep(this RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint.AsJobRead(name, summary)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
