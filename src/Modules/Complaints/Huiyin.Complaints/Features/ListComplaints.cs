using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Persistence;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Features;

/// <summary>
/// Complaints, newest first (by number: numbers are handed out in the order intakes commit, day by day), filtered by status,
/// severity, validity, customer, category, owner role, breached (any clock, ever), overdue (a running clock past its due time) and
/// <c>q</c> (the start of a number, or part of the customer's name), a page at a time.
/// </summary>
internal sealed record ListComplaints(
    ComplaintStatus? Status, ComplaintSeverity? Severity, ComplaintValidity? Validity, Guid? CustomerId, string? Cursor, int? Limit,
    ComplaintCategory? Category = null, StaffRole? OwnerRole = null, bool? Breached = null, bool? Overdue = null, string? Q = null)
    : IQuery<Result<Page<ComplaintResponse>>>;

internal sealed class ListComplaintsValidator : AbstractValidator<ListComplaints>
{
    public ListComplaintsValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Severity).IsInEnum();
        RuleFor(x => x.Validity).IsInEnum();
        RuleFor(x => x.Category).IsInEnum();
        RuleFor(x => x.OwnerRole).Must(role => role is null || SeverityRules.Owners.Contains(role.Value))
            .WithMessage("ownerRole is Supervisor, Manager or Executive: the owners of general, important and major complaints.").WithErrorCode("not_an_owner_role");
        RuleFor(x => x.Q).MaximumLength(50);
        RuleFor(x => x.Limit).MustBeAPageLimit();
        RuleFor(x => x.Cursor).MustBeACursorOf(keys: 1);
    }
}

internal sealed class ListComplaintsHandler(ComplaintsDbContext db, ComplaintResponses responses, TimeProvider clock) : IRequestHandler<ListComplaints, Result<Page<ComplaintResponse>>>
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

        query = Narrowed(query, request);
        if (request.Cursor is not null)
        {
            var after = Cursor.Decode(request.Cursor, 1)![0];
            query = query.Where(c => string.Compare(c.Number, after) < 0);
        }

        var fetched = await query.OrderByDescending(c => c.Number).Take(limit + 1).ToListAsync(cancellationToken);
        var page = Page<Complaint>.From(fetched, limit, c => Cursor.Encode(c.Number));
        return new Page<ComplaintResponse>(page.Items.Select(c => responses.From(c)).ToList(), page.NextCursor);
    }

    private IQueryable<Complaint> Narrowed(IQueryable<Complaint> query, ListComplaints request)
    {
        if (request.Category is { } category)
        {
            query = query.Where(c => c.Category == category);
        }

        if (request.OwnerRole is { } role)
        {
            var severities = Enum.GetValues<ComplaintSeverity>().Where(severity => SeverityRules.OwnerRole(severity) == role).ToList();
            query = query.Where(c => severities.Contains(c.Severity));
        }

        if (request.Breached is { } breached)
        {
            query = query.Where(c => c.Breached == breached);
        }

        if (request.Overdue is { } overdue)
        {
            var now = clock.GetUtcNow();
            query = overdue ? query.Where(c => c.NextDueAt <= now) : query.Where(c => c.NextDueAt == null || c.NextDueAt > now);
        }

        if (request.Q?.Trim() is { Length: > 0 } q)
        {
            var escaped = q.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
            query = query.Where(c => c.Number.StartsWith(q) || EF.Functions.ILike(c.CustomerName, "%" + escaped + "%"));
        }

        return query;
    }
}

internal static class ListComplaintsEndpoint
{
    public static void MapListComplaints(this IEndpointRouteBuilder complaints) =>
        complaints.MapGet("/", async (ComplaintStatus? status, ComplaintSeverity? severity, ComplaintValidity? validity, Guid? customerId, string? cursor, int? limit,
                    ComplaintCategory? category, StaffRole? ownerRole, bool? breached, bool? overdue, string? q, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListComplaints(status, severity, validity, customerId, cursor, limit, category, ownerRole, breached, overdue, q), cancellationToken))
                .ToHttp(TypedResults.Ok))
            .RequireAuthorization(ComplaintsPermissions.Read)
            .WithName("ListComplaints")
            .WithSummary("List and filter complaints")
            .WithDescription("Filters: `status`, `severity`, `validity`, `customerId`, `category`, `ownerRole` (Supervisor, Manager or Executive), `breached` (any clock, ever), `overdue` (a running clock past its due time), `q` (the start of a number or part of the customer's name). Newest first; pages with `cursor` and `limit` (1–200, default 50). Items carry their nearest running deadline (`nextDeadline`) and `breached`, not the whole `sla`: read a complaint for it.")
            .Produces<Page<ComplaintResponse>>()
            .ProducesValidationProblem();
}
