using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.BuildingBlocks.Contacts;

/// <summary>
/// How one kind of case shows its contact log: the module's route (<c>tickets</c>), the permissions to log and to read, the
/// endpoints' names and the words of the log endpoint.
/// </summary>
public sealed record ContactLogRoutes(
    string Module, string WritePermission, string ReadPermission, string CaseWord, string PersonWord, string LogDescription);

public static class ContactLogEndpoints
{
    /// <summary>POST and GET <c>/{id}/contacts</c> of a case: <paramref name="log"/> logs one, <paramref name="list"/> reads the log.</summary>
    public static void MapContactLog<TResponse>(this IEndpointRouteBuilder cases, ContactLogRoutes routes,
        Func<Guid, ContactBody, IRequest<Result<TResponse>>> log, Func<Guid, IRequest<Result<ItemsResponse<TResponse>>>> list)
        where TResponse : IContactResponse
    {
        cases.MapPost("/{id:guid}/contacts", async (Guid id, ContactBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(log(id, body), cancellationToken))
                .ToHttp(contact => TypedResults.Created($"/api/v1/{routes.Module}/{id}/contacts/{contact.Id}", contact)))
            .RequireAuthorization(routes.WritePermission)
            .WithName($"Log{routes.CaseWord}Contact")
            .WithSummary($"Log a contact with the {routes.PersonWord} (处理方式、处理时间、处理人、业主回复)")
            .WithDescription(routes.LogDescription)
            .Produces<TResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapGet("/{id:guid}/contacts", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(list(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(routes.ReadPermission)
            .WithName($"List{routes.CaseWord}Contacts")
            .WithSummary($"The {routes.CaseWord.ToLowerInvariant()}'s contact log, oldest first")
            .Produces<ItemsResponse<TResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
