using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Contracts;

namespace Huiyin.Host.SystemAdmin;

/// <summary>Admins see the integration events the dispatcher gave up on, and put them back in the queue once fixed.</summary>
internal static class OutboxEndpoints
{
    public static void MapSystemAdministration(this IEndpointRouteBuilder api)
    {
        var outbox = api.MapGroup("/system/outbox").WithTags("System").RequireAuthorization(OrganizationPermissions.SystemAdmin);
        outbox.MapGet("/parked", async (ParkedMessages parked, CancellationToken cancellationToken) =>
                TypedResults.Ok(new ItemsResponse<ParkedMessage>(await parked.ListAsync(cancellationToken))))
            .WithName("ListParkedOutboxMessages")
            .WithSummary("Integration events parked after repeated delivery failures");
        outbox.MapPost("/parked/{module}/{id:guid}/retry", async (string module, Guid id, ParkedMessages parked, CancellationToken cancellationToken) =>
                await parked.RetryAsync(module, id, cancellationToken)
                    ? Results.NoContent()
                    : ProblemResults.From(Error.NotFound("Parked message", $"{module}/{id}")))
            .WithName("RetryParkedOutboxMessage")
            .WithSummary("Queue a parked event for delivery again")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
