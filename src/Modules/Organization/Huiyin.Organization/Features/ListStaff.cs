using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

/// <summary>Staff sorted by username, filtered by name, role, team and status, a page at a time.</summary>
internal sealed record ListStaff(string? Search, string? Role, Guid? TeamId, bool? Active, string? Cursor, int? Limit)
    : IQuery<Result<Page<StaffMemberResponse>>>;

internal sealed class ListStaffValidator : AbstractValidator<ListStaff>
{
    public ListStaffValidator()
    {
        RuleFor(x => x.Role!).IsEnumName(typeof(StaffRole), caseSensitive: false)
            .When(x => x.Role is not null)
            .WithMessage($"'{{PropertyValue}}' is not a role. Use one of: {string.Join(", ", Enum.GetNames<StaffRole>())}.").WithErrorCode("unknown_role");
        RuleFor(x => x.Search).MaximumLength(64);
        RuleFor(x => x.Limit).MustBeAPageLimit();
        RuleFor(x => x.Cursor).MustBeACursorOf(keys: 1);
    }
}

internal sealed class ListStaffHandler(OrganizationDbContext db) : IRequestHandler<ListStaff, Result<Page<StaffMemberResponse>>>
{
    public async Task<Result<Page<StaffMemberResponse>>> Handle(ListStaff request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? PageRequestRules.DefaultLimit;
        var query = db.Staff.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var pattern = $"%{request.Search.Trim()}%";
            query = query.Where(s => EF.Functions.ILike(s.Username, pattern) || EF.Functions.ILike(s.DisplayName, pattern) || s.ServiceNumber == request.Search.Trim());
        }

        if (request.Role is not null)
        {
            var role = Enum.Parse<StaffRole>(request.Role, ignoreCase: true);
            query = query.Where(s => s.Roles.Contains(role));
        }

        if (request.TeamId is { } teamId)
        {
            query = query.Where(s => s.TeamId == new TeamId(teamId));
        }

        if (request.Active is { } active)
        {
            query = query.Where(s => s.Active == active);
        }

        if (request.Cursor is not null)
        {
            var after = Cursor.Decode(request.Cursor, 1)![0];
            query = query.Where(s => string.Compare(s.Username, after) > 0);
        }

        // Entities, not a SQL projection: the role list is an enum array column that projections cannot convert.
        var fetched = await query.OrderBy(s => s.Username).Take(limit + 1).ToListAsync(cancellationToken);
        return Page<StaffMemberResponse>.From(fetched.Select(StaffMemberResponse.From).ToList(), limit, s => Cursor.Encode(s.Username));
    }
}

internal static class ListStaffEndpoint
{
    public static void MapListStaff(this IEndpointRouteBuilder staff) =>
        staff.MapGet("/", async (string? search, string? role, Guid? teamId, bool? active, string? cursor, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListStaff(search, role, teamId, active, cursor, limit), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(OrganizationPermissions.StaffRead)
            .TakesEnum<StaffRole>("role")
            .WithName("ListStaff")
            .WithSummary("List staff")
            .WithDescription("Filter by `search` (username, name or service number), `role`, `teamId` and `active`; pages with `cursor` and `limit` (1–200, default 50).")
            .Produces<Page<StaffMemberResponse>>()
            .ProducesValidationProblem();
}
