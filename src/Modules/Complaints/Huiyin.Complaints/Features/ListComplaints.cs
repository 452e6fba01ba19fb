using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Persistence;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Features;

/// <summary>
/// Complaints, newest first (by number: numbers are handed out in the order intakes commit, day by day), filtered by status,
/// severity, validity and customer, a page at a time.
/// </summary>
internal sealed record ListComplaints(
    ComplaintStatus? Status, ComplaintSeverity? Severity, ComplaintValidity? Validity, Guid? CustomerId, string? Cursor, int? Limit)
    : IQuery<Result<Page<ComplaintResponse>>>;

internal sealed class ListComplaintsValidator : AbstractValidator<ListComplaints>
{
    public ListComplaintsValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Severity).IsInEnum();
        RuleFor(x => x.Validity).IsInEnum();
        RuleFor(x => x.Limit).MustBeAPageLimit();
        RuleFor(x => x.Cursor).MustBeACursorOf(keys: 1);
    }
}

internal sealed class ListComplaintsHandler(ComplaintsDbContext db, ComplaintResponses responses) : IRequestHandler<ListComplaints, Result<Page<ComplaintResponse>>>
{
    public async Task<Result<Page<ComplaintResponse>>> Handle(ListComplaints request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? PageRequestRules.DefaultLimit;
        var query = db.Complaints.AsNoTracking();
        if (request.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (request.Severity is { } severity)
        {
            query = query.Where(c => c.Severity == severity);
        }

        if (request.Validity is { } validity)
        {
            query = query.Where(c => c.Validity == validity);
        }

        if (request.CustomerId is { } customer)
        {
            query = query.Where(c => c.CustomerId == customer);
        }

        if (request.Cursor is not null)
        {
            var after = Cursor.Decode(request.Cursor, 1)![0];
            query = query.Where(c => string.Compare(c.Number, after) < 0);
        }

        var fetched = await query.OrderByDescending(c => c.Number).Take(limit + 1).ToListAsync(cancellationToken);
        var page = Page<Complaint>.From(fetched, limit, c => Cursor.Encode(c.Number));
        return new Page<ComplaintResponse>(page.Items.Select(c => responses.From(c)).ToList(), page.NextCursor);
    }
}

internal static class ListComplaintsEndpoint
{
    public static void MapListComplaints(this IEndpointRouteBuilder complaints) =>
        complaints.MapGet("/", async (ComplaintStatus? status, ComplaintSeverity? severity, ComplaintValidity? validity, Guid? customerId, string? cursor, int? limit,
                    IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListComplaints(status, severity, validity, customerId, cursor, limit), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(ComplaintsPermissions.Read)
            .WithName("ListComplaints")
            .WithSummary("List and filter complaints")
            .WithDescription("Filters: `status`, `severity`, `validity`, `customerId`. Newest first; pages with `cursor` and `limit` (1–200, default 50). Items carry no `sla`: read a complaint for its deadlines.")
            .Produces<Page<ComplaintResponse>>()
            .ProducesValidationProblem();
}
