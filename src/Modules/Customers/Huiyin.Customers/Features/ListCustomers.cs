using System.Globalization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Contracts;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Features.Shared;
using Huiyin.Customers.Persistence;
using Huiyin.Customers.Protection;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features;

/// <summary>Customers, newest registration first (a stable order), filtered, a page at a time.</summary>
internal sealed record ListCustomers(CustomerFilter Filter, string? Cursor, int? Limit) : IQuery<Result<Page<CustomerResponse>>>;

internal sealed class ListCustomersValidator : AbstractValidator<ListCustomers>
{
    public ListCustomersValidator()
    {
        this.MustBeACustomerFilter(x => x.Filter);
        RuleFor(x => x.Limit).MustBeAPageLimit();
        RuleFor(x => x.Cursor).MustBeACursorOf(keys: 1);
        RuleFor(x => x.Cursor).Must(c => c is null || long.TryParse(Cursor.Decode(c, 1)?[0], CultureInfo.InvariantCulture, out _))
            .WithMessage("cursor is not one this list returned.").WithErrorCode("invalid_cursor");
    }
}

internal sealed class ListCustomersHandler(CustomersDbContext db, SensitiveData sensitive) : IRequestHandler<ListCustomers, Result<Page<CustomerResponse>>>
{
    public async Task<Result<Page<CustomerResponse>>> Handle(ListCustomers request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? PageRequestRules.DefaultLimit;
        var query = request.Filter.Apply(db.Customers.AsNoTracking(), sensitive);
        if (request.Cursor is not null)
        {
            var after = long.Parse(Cursor.Decode(request.Cursor, 1)![0], CultureInfo.InvariantCulture);
            query = query.Where(c => c.Sequence < after);
        }

        var fetched = await query.OrderByDescending(c => c.Sequence).Take(limit + 1).ToListAsync(cancellationToken);
        var page = Page<Customer>.From(fetched, limit, c => Cursor.Encode(c.Sequence.ToString(CultureInfo.InvariantCulture)));
        return new Page<CustomerResponse>(page.Items.Select(CustomerResponse.From).ToList(), page.NextCursor);
    }
}

internal static class ListCustomersEndpoint
{
    public static void MapListCustomers(this IEndpointRouteBuilder customers) =>
        customers.MapGet("/", async (string? search, string? type, int? tier, bool? vip, Guid? accountManagerId, bool? archived, string? cursor, int? limit,
                    IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListCustomers(new CustomerFilter(search, type, tier, vip, accountManagerId, archived), cursor, limit), cancellationToken))
                .ToHttp(TypedResults.Ok))
            .RequireAuthorization(CustomersPermissions.Read)
            .TakesEnum<CustomerType>("type")
            .WithName("ListCustomers")
            .WithSummary("Search and list customers")
            .WithDescription("`search`: a fragment of the name or a phone, or exactly a customer number, ID number or bank account. Filters: `type`, `tier`, `vip`, `accountManagerId`, `archived` (archived customers only when true). Newest first; pages with `cursor` and `limit` (1–200, default 50).")
            .Produces<Page<CustomerResponse>>()
            .ProducesValidationProblem();
}
