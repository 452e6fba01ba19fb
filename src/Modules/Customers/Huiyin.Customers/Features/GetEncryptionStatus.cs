using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Contracts;
using Huiyin.Customers.Persistence;
using Huiyin.Customers.Protection;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Customers.Features;

/// <summary>
/// Where a key rotation stands: the configured keys, the active one, the sealed values each key holds, and how many
/// still wait for <c>customers:re-encrypt</c>. An old key may be removed from configuration once it holds none.
/// </summary>
internal sealed record EncryptionStatus(int ActiveKeyId, IReadOnlyList<int> ConfiguredKeyIds, IReadOnlyList<KeyUse> SealedValues, int Remaining, bool Complete);

internal sealed record GetEncryptionStatus : IQuery<Result<EncryptionStatus>>;

internal sealed class GetEncryptionStatusHandler(CustomersDbContext db, SensitiveData sensitive) : IRequestHandler<GetEncryptionStatus, Result<EncryptionStatus>>
{
    public async Task<Result<EncryptionStatus>> Handle(GetEncryptionStatus request, CancellationToken cancellationToken)
    {
        var uses = await KeyUsage.CountAsync(db, cancellationToken);
        var remaining = uses.Where(use => use.KeyId != sensitive.ActiveKeyId).Sum(use => use.Values);
        return new EncryptionStatus(sensitive.ActiveKeyId, [.. sensitive.KeyIds.Order().Select(id => (int)id)], uses, remaining, remaining == 0);
    }
}

internal static class GetEncryptionStatusEndpoint
{
    public static void MapGetEncryptionStatus(this IEndpointRouteBuilder customers) =>
        customers.MapGet("/encryption", async (IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetEncryptionStatus(), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(CustomersPermissions.Keys)
            .WithName("GetCustomerEncryptionStatus")
            .WithSummary("The customer-data keys and the progress of re-encrypting with the active one")
            .Produces<EncryptionStatus>();
}
