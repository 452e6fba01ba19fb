using System.Globalization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Callbacks.Contracts;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Features.Shared;
using Huiyin.Callbacks.Persistence;
using Huiyin.Customers.Contracts;
using Huiyin.Knowledge.Contracts;
using Huiyin.Organization.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Callbacks.Features;

/// <summary>Which open callbacks the workbench shows: to call today, past their due time, or later.</summary>
internal enum CallbackDue
{
    Today,
    Overdue,
    Upcoming,
}

/// <summary>
/// The workbench (今日回访): callbacks in the caller's scope — an agent's own and the unassigned ones, a Supervisor's team's, everyone's
/// for Managers and above — in the order they are to be called, each with the call script.
/// </summary>
internal sealed record ListCallbacks(string? Due, Guid? AssigneeId, Guid? ItemId, CallbackReason? Reason, CallbackStatus? Status, string? Cursor, int? Limit)
    : IQuery<Result<Page<CallbackResponse>>>;

internal sealed class ListCallbacksValidator : AbstractValidator<ListCallbacks>
{
    public ListCallbacksValidator()
    {
        RuleFor(x => x.Due).Must(due => due is null || Enum.GetNames<CallbackDue>().Contains(due, StringComparer.OrdinalIgnoreCase))
            .WithMessage("due is one of today, overdue or upcoming.").WithErrorCode("invalid_value");
        RuleFor(x => x.Reason).IsInEnum();
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Limit).MustBeAPageLimit();
        RuleFor(x => x.Cursor).MustBeACursorOf(keys: 2);
    }
}

internal sealed class ListCallbacksHandler(CallbacksDbContext db, CallScripts scripts, ICurrentUser user, IMediator mediator, CallHours hours, TimeProvider clock)
    : IRequestHandler<ListCallbacks, Result<Page<CallbackResponse>>>
{
    public async Task<Result<Page<CallbackResponse>>> Handle(ListCallbacks request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? PageRequestRules.DefaultLimit;
        var me = (await mediator.Send(new GetStaffCards(StaffIds: user.Id is { } id ? [id] : []), cancellationToken)).SingleOrDefault();
        var query = Scoped(db.Callbacks.AsNoTracking(), me);
        query = Due(query, request.Due is null ? null : Enum.Parse<CallbackDue>(request.Due, ignoreCase: true));
        if (request.AssigneeId is { } assignee)
        {
            query = query.Where(c => c.AssigneeId == assignee);
        }

        if (request.ItemId is { } item)
        {
            query = query.Where(c => c.ItemId == item);
        }

        if (request.Reason is { } reason)
        {
            query = query.Where(c => c.Reason == reason);
        }

        if (request.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        // Many callbacks share a call time (the end of a day), so the cursor is the last call time and how many at it were already shown.
        var (afterCallAt, shownAtIt) = request.Cursor is null ? (default, 0) : Position(Cursor.Decode(request.Cursor, 2)!);
        if (request.Cursor is not null)
        {
            query = query.Where(c => c.CallAt >= afterCallAt);
        }

        var fetched = await query.OrderBy(c => c.CallAt).ThenBy(c => c.Id)
            .Skip(shownAtIt).Take(limit + 1).ToListAsync(cancellationToken);
        var page = Page<Callback>.From(fetched, limit, last =>
        {
            var atLast = fetched.Take(limit).Count(c => c.CallAt == last.CallAt) + (last.CallAt == afterCallAt ? shownAtIt : 0);
            return Cursor.Encode(last.CallAt.ToString("O", CultureInfo.InvariantCulture), atLast.ToString(CultureInfo.InvariantCulture));
        });
        var customers = (await mediator.Send(new GetCustomerSummaries(page.Items.Select(c => c.CustomerId).Distinct().ToList()), cancellationToken))
            .ToDictionary(c => c.CustomerId);
        var outgoing = page.Items.Count == 0 ? null : await mediator.Send(new GetApprovedScript(ScriptPurpose.OutgoingCall), cancellationToken);
        return new Page<CallbackResponse>(
            page.Items.Select(c => CallbackResponse.From(c, scripts.For(c, customers.GetValueOrDefault(c.CustomerId), me, outgoing))).ToList(), page.NextCursor);
    }

    private static (DateTimeOffset CallAt, int Shown) Position(string[] keys) =>
        (DateTimeOffset.Parse(keys[0], CultureInfo.InvariantCulture), int.Parse(keys[1], CultureInfo.InvariantCulture));

    private IQueryable<Callback> Scoped(IQueryable<Callback> query, StaffCard? me)
    {
        if (user.HasPermission(CallbacksPermissions.ReadAll))
        {
            return query;
        }

        if (user.HasPermission(CallbacksPermissions.ReadTeam) && me?.TeamId is { } team)
        {
            return query.Where(c => c.TeamId == team || c.AssigneeId == null);
        }

        var myId = user.Id;
        return query.Where(c => c.AssigneeId == myId || c.AssigneeId == null);
    }

    private IQueryable<Callback> Due(IQueryable<Callback> query, CallbackDue? due)
    {
        var now = clock.GetUtcNow();
        var today = hours.DayOf(now);
        var (start, end) = (hours.StartOf(today), hours.StartOf(today.AddDays(1)));
        var open = query.Where(c => c.Status == CallbackStatus.Due || c.Status == CallbackStatus.Retrying);
        return due switch
        {
            CallbackDue.Today => open.Where(c => c.CallAt >= start && c.CallAt < end),
            CallbackDue.Overdue => open.Where(c => c.DueAt < now),
            CallbackDue.Upcoming => open.Where(c => c.CallAt >= end),
            _ => query,
        };
    }
}

internal static class ListCallbacksEndpoint
{
    public static void MapListCallbacks(this IEndpointRouteBuilder callbacks) =>
        callbacks.MapGet("/", async (string? due, Guid? assigneeId, Guid? itemId, CallbackReason? reason, CallbackStatus? status, string? cursor, int? limit,
                    IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListCallbacks(due, assigneeId, itemId, reason, status, cursor, limit), cancellationToken)).ToHttp(TypedResults.Ok))
            .TakesEnum<CallbackDue>("due")
            .RequireAuthorization(CallbacksPermissions.Read)
            .WithName("ListCallbacks")
            .WithSummary("The callback workbench: today's, overdue and upcoming callbacks in the caller's scope")
            .WithDescription("`due` (any case): `today` (to be called today, retries included), `overdue` (past the due time, still open), `upcoming` (later days); without it every status. `itemId`: the callbacks following one ticket, complaint or visit (a case's history). Agents see their own and the unassigned callbacks, Supervisors their team's, Managers and above all. Each item carries the call `script`: the customer's name and phone, the opening words: S4's approved outgoing script filled with the company, the caller and the customer (您好，我是XX物管服务人员101号XX，请问是XX业主吗？), or without one the greeting in the company's and the caller's name (您好，XX物管，101号张XX为您服务), the case summary and the closing. In call order; pages with `cursor` and `limit` (1–200, default 50).")
            .Produces<Page<CallbackResponse>>()
            .ProducesValidationProblem();
}
