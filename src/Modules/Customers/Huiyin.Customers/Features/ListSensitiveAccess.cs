using Huiyin.Customers.Contracts;
using System.Globalization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features;

internal sealed record SensitiveAccessResponse(
    Guid Id, Guid CustomerId, string CustomerNumber, string CustomerName, IReadOnlyList<string> Fields, string? Reason, string AccessedBy, DateTimeOffset AccessedAt);

/// <summary>The access log of unmasked reads, newest first, for Managers.</summary>
internal sealed record ListSensitiveAccess(Guid? CustomerId, string? Cursor, int? Limit) : IQuery<Result<Page<SensitiveAccessResponse>>>;

internal sealed class ListSensitiveAccessValidator : AbstractValidator<ListSensitiveAccess>
{
    public ListSensitiveAccessValidator()
    {
        RuleFor(x => x.Limit).MustBeAPageLimit();
        RuleFor(x => x.Cursor).MustBeACursorOf(keys: 1);
        RuleFor(x => x.Cursor).Must(c => c is null || Guid.TryParse(Cursor.Decode(c, 1)?[0], CultureInfo.InvariantCulture, out _))
            .WithMessage("cursor is not one this list returned.").WithErrorCode("invalid_cursor");
    }
}

internal sealed class ListSensitiveAccessHandler(CustomersDbContext db) : IRequestHandler<ListSensitiveAccess, Result<Page<SensitiveAccessResponse>>>
{
    public async Task<Result<Page<SensitiveAccessResponse>>> Handle(ListSensitiveAccess request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? PageRequestRules.DefaultLimit;
        var query = db.SensitiveAccesses.AsNoTracking();
        if (request.CustomerId is { } customerId)
        {
            query = query.Where(a => a.CustomerId == new CustomerId(customerId));
        }

        if (request.Cursor is not null)
        {
            var after = Guid.Parse(Cursor.Decode(request.Cursor, 1)![0], CultureInfo.InvariantCulture);
            query = query.Where(a => a.Id < after);
        }

        var fetched = await query.OrderByDescending(a => a.Id)
            .Join(db.Customers, a => a.CustomerId, c => c.Id, (a, c) => new SensitiveAccessResponse(a.Id, c.Id.Value, c.Number, c.Name, a.Fields, a.Reason, a.AccessedBy, a.AccessedAt))
            .Take(limit + 1).ToListAsync(cancellationToken);
        return Page<SensitiveAccessResponse>.From(fetched, limit, a => Cursor.Encode(a.Id.ToString()));
    }
}

internal static class ListSensitiveAccessEndpoint
{
    public static void MapListSensitiveAccess(this IEndpointRouteBuilder customers) =>
        customers.MapGet("/sensitive-access", async (Guid? customerId, string? cursor, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListSensitiveAccess(customerId, cursor, limit), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(CustomersPermissions.Sensitive)
            .WithName("ListSensitiveAccess")
            .WithSummary("The access log of unmasked reads of ID numbers and bank accounts, newest first")
            .Produces<Page<SensitiveAccessResponse>>()
            .ProducesValidationProblem();
}
