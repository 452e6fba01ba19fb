using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Security;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Auth;
using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Organization.Features;

internal sealed record CreateApiClient(string Name, [property: PermissionNames] IReadOnlyList<string> Scopes) : ICommand<Result<CreatedApiClientResponse>>, IAuditedChange;

internal sealed class CreateApiClientValidator : AbstractValidator<CreateApiClient>
{
    public CreateApiClientValidator(PermissionCatalog permissions)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the system that will use the key.").MaximumLength(100);
        RuleFor(x => x.Scopes).NotEmpty().WithMessage("Give at least one scope.");
        RuleForEach(x => x.Scopes).Must(permissions.Declares)
            .WithMessage($"'{{PropertyValue}}' is not a scope. Use one of: {string.Join(", ", permissions.All)}.").WithErrorCode("unknown_scope");
    }
}

internal sealed class CreateApiClientHandler(OrganizationDbContext db) : IRequestHandler<CreateApiClient, Result<CreatedApiClientResponse>>
{
    private const string KeyPrefix = "hy_";
    private const int ShownPrefixLength = 10;

    public async Task<Result<CreatedApiClientResponse>> Handle(CreateApiClient request, CancellationToken cancellationToken)
    {
        var key = SecretTokens.New(KeyPrefix);
        var client = ApiClient.Create(request.Name.Trim(), request.Scopes, key[..ShownPrefixLength], SecretTokens.Hash(key));
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiClientResponse(client.Id.Value, client.Name, client.Scopes, key, client.KeyPrefix, client.CreatedAt);
    }
}

internal static class CreateApiClientEndpoint
{
    public static void MapCreateApiClient(this IEndpointRouteBuilder clients) =>
        clients.MapPost("/", async (CreateApiClient request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToHttp(client => TypedResults.Created($"/api/v1/api-clients/{client.Id}", client)))
            .RequireAuthorization(OrganizationPermissions.ApiClientsManage)
            .WithName("CreateApiClient")
            .WithSummary("Register an integrating system and issue its API key")
            .WithDescription("The key is in this response only; it is stored hashed. Integrators send it as `X-Api-Key`.")
            .Produces<CreatedApiClientResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}
