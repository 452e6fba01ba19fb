using Huiyin.Tickets.Features;
using Npgsql;

namespace Huiyin.Tickets.Persistence;

/// <summary>
/// Hands out T-yyyyMMdd-NNNN, counting afresh each day in the desk's time zone. The counter row is bumped in
/// its own short statement, outside the ticket's transaction, so concurrent intakes wait on it for
/// microseconds rather than for each other's commits; a rolled-back intake leaves a gap, never a duplicate.
/// </summary>
internal sealed class TicketNumbers(NpgsqlDataSource dataSource, TimeProvider clock, DeskTime deskTime)
{
    private const string Bump =
        "INSERT INTO tickets.daily_numbers (day, last_value) VALUES ($1, 1) " +
        "ON CONFLICT (day) DO UPDATE SET last_value = daily_numbers.last_value + 1 RETURNING last_value";

    public async Task<string> NextAsync(CancellationToken cancellationToken)
    {
        var day = deskTime.DayOf(clock.GetUtcNow());
        await using var command = dataSource.CreateCommand(Bump);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = day });
        var value = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        return $"T-{day:yyyyMMdd}-{value:D4}";
    }
}
