using System.Globalization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Callbacks.Contracts;
using Huiyin.Callbacks.Domain;
using Huiyin.Callbacks.Persistence;
using Huiyin.Organization.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Huiyin.Callbacks.Features;

/// <summary>What the figures are grouped by: the staff member who called, their team, or the month the callbacks were due.</summary>
internal enum CallbackStatsGrouping
{
    Staff,
    Team,
    Month,
}

/// <summary>
/// One group's figures. <c>counted</c> leaves out callbacks still open and not yet due; the completion and on-time rates are
/// of those. <c>satisfiedShare</c> is the share of satisfaction answers that were 4 or 5.
/// </summary>
internal sealed record CallbackStatsRow(
    string? Key, string Label, int Scheduled, int Counted, int Completed, int Unreachable, int OnTime,
    double? CompletionRate, double? OnTimeRate, double? AverageSatisfaction, double? SatisfiedShare);

internal sealed record CallbackStats(CallbackStatsGrouping GroupBy, DateOnly From, DateOnly To, CallbackStatsRow Total, IReadOnlyList<CallbackStatsRow> Rows);

/// <summary>
/// Completion rate, on-time rate and satisfaction of the callbacks due from <c>from</c> to <c>to</c> (desk days, both
/// included; the last twelve months by default), per staff member, team or month. A Supervisor sees their team's.
/// </summary>
internal sealed record GetCallbackStats(string? GroupBy, DateOnly? From, DateOnly? To) : IQuery<Result<CallbackStats>>
{
    /// <summary>The grouping asked for, staff when none; valid once validated.</summary>
    public CallbackStatsGrouping Grouping => GroupBy is null ? CallbackStatsGrouping.Staff : Enum.Parse<CallbackStatsGrouping>(GroupBy, ignoreCase: true);
}

internal sealed class GetCallbackStatsValidator : AbstractValidator<GetCallbackStats>
{
    public GetCallbackStatsValidator()
    {
        RuleFor(x => x.GroupBy).Must(groupBy => groupBy is null || Enum.GetNames<CallbackStatsGrouping>().Contains(groupBy, StringComparer.OrdinalIgnoreCase))
            .WithMessage("groupBy is one of staff, team or month.").WithErrorCode("invalid_value");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessage("to is on or after from.").WithErrorCode("invalid_range");
        RuleFor(x => x.To).Must((x, to) => to!.Value.DayNumber - x.From!.Value.DayNumber <= 3 * 366).When(x => x.From is not null && x.To is not null)
            .WithMessage("A range covers at most three years.").WithErrorCode("range_too_long");
    }
}

internal sealed class GetCallbackStatsHandler(CallbacksDbContext db, ICurrentUser user, IMediator mediator, CallHours hours, TimeProvider clock)
    : IRequestHandler<GetCallbackStats, Result<CallbackStats>>
{
    private static readonly Dictionary<CallbackStatsGrouping, string> Keys = new()
    {
        [CallbackStatsGrouping.Staff] = "assignee_id::text",
        [CallbackStatsGrouping.Team] = "team_id::text",
        [CallbackStatsGrouping.Month] = "to_char(due_at AT TIME ZONE @zone, 'YYYY-MM')",
    };

    /// <summary>The counts per group; <c>{0}</c> is the grouping's key expression, one of <see cref="Keys"/>.</summary>
    private const string FiguresSql = """
        SELECT {0} AS key,
               count(*)::int AS scheduled,
               count(*) FILTER (WHERE NOT (status IN ('Due', 'Retrying') AND due_at > @now))::int AS counted,
               count(*) FILTER (WHERE status = 'Done')::int AS completed,
               count(*) FILTER (WHERE status = 'Unreachable')::int AS unreachable,
               count(*) FILTER (WHERE status = 'Done' AND closed_at <= due_at)::int AS on_time,
               avg(satisfaction)::float8 AS average_satisfaction,
               count(satisfaction)::int AS rated,
               count(*) FILTER (WHERE satisfaction >= 4)::int AS satisfied
        FROM callbacks.callbacks
        WHERE due_at >= @from AND due_at < @to AND status <> 'Cancelled' AND (@team::uuid IS NULL OR team_id = @team::uuid)
        GROUP BY 1 ORDER BY 1
        """;

    public async Task<Result<CallbackStats>> Handle(GetCallbackStats request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var to = request.To ?? hours.DayOf(now);
        var from = request.From ?? new DateOnly(to.Year, to.Month, 1).AddMonths(-11);
        var staff = await mediator.Send(new GetStaffCards(), cancellationToken);
        Guid? team = user.HasPermission(CallbacksPermissions.ReadAll) ? null : staff.SingleOrDefault(s => s.Id == user.Id)?.TeamId ?? Guid.Empty;

        var rows = await FiguresAsync(Keys[request.Grouping], from, to, team, now, cancellationToken);
        var labelled = rows.Select(row => row.Labelled(LabelOf(request.Grouping, row.Key, staff))).ToList();
        var total = Figures.Sum(rows).Labelled("");
        return new CallbackStats(request.Grouping, from, to, total, labelled);
    }

    private Task<List<Figures>> FiguresAsync(string key, DateOnly from, DateOnly to, Guid? team, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<Figures>(
            string.Format(CultureInfo.InvariantCulture, FiguresSql, key),
            new NpgsqlParameter("now", now),
            new NpgsqlParameter("zone", hours.ZoneName),
            new NpgsqlParameter("from", hours.StartOf(from)),
            new NpgsqlParameter("to", hours.StartOf(to.AddDays(1))),
            new NpgsqlParameter("team", (object?)team ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid })
            .ToListAsync(cancellationToken);

    private static string LabelOf(CallbackStatsGrouping by, string? key, IReadOnlyList<StaffCard> staff) => by switch
    {
        _ when key is null => "",
        CallbackStatsGrouping.Staff => staff.FirstOrDefault(s => s.Id.ToString() == key) is { } person ? $"{person.ServiceNumber} {person.DisplayName}" : key,
        CallbackStatsGrouping.Team => staff.FirstOrDefault(s => s.TeamId?.ToString() == key)?.TeamName ?? key,
        _ => key,
    };

    /// <summary>A group's counts as PostgreSQL adds them up.</summary>
    private sealed record Figures(string? Key, int Scheduled, int Counted, int Completed, int Unreachable, int OnTime, double? AverageSatisfaction, int Rated, int Satisfied)
    {
        /// <summary>The groups added up: counts sum, and the average is weighted by each group's rated callbacks.</summary>
        public static Figures Sum(IReadOnlyCollection<Figures> rows)
        {
            var rated = rows.Sum(r => r.Rated);
            return new Figures(null, rows.Sum(r => r.Scheduled), rows.Sum(r => r.Counted), rows.Sum(r => r.Completed), rows.Sum(r => r.Unreachable),
                rows.Sum(r => r.OnTime), rated == 0 ? null : rows.Sum(r => (r.AverageSatisfaction ?? 0) * r.Rated) / rated, rated, rows.Sum(r => r.Satisfied));
        }

        public CallbackStatsRow Labelled(string label) => new(
            Key, label, Scheduled, Counted, Completed, Unreachable, OnTime, Share(Completed, Counted), Share(OnTime, Counted),
            AverageSatisfaction is { } average ? Math.Round(average, 2) : null, Share(Satisfied, Rated));

        private static double? Share(int part, int of) => of == 0 ? null : Math.Round((double)part / of, 4);
    }
}

internal static class GetCallbackStatsEndpoint
{
    public static void MapGetCallbackStats(this IEndpointRouteBuilder callbacks) =>
        callbacks.MapGet("/stats", async (string? groupBy, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetCallbackStats(groupBy, from, to), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(new AuthorizationPolicyBuilder().RequireClaim(HuiyinClaims.Permission, CallbacksPermissions.ReadTeam, CallbacksPermissions.ReadAll).Build())
            .TakesEnum<CallbackStatsGrouping>("groupBy")
            .WithName("GetCallbackStats")
            .WithSummary("Completion rate, on-time rate and satisfaction of callbacks per staff member, team or month")
            .WithDescription("`groupBy` is Staff (the one who called), Team or Month (any case); `from` and `to` are desk days (`Desk:TimeZone`, Asia/Shanghai by default), both included, the last twelve months by default. A Supervisor sees their team's callbacks; Managers and above everyone's. `counted` leaves out callbacks still open and not yet due: the rates are of those.")
            .Produces<CallbackStats>()
            .ProducesValidationProblem();
}
