using Huiyin.Tickets.Persistence;
using Npgsql;

namespace Huiyin.Benchmarks;

/// <summary>
/// A pgbench script writing what one intake writes — its share of the day's number, the ticket, its two clocks and their start
/// events, the timeline line and the outbox message — each row copied from the sample ticket the API created, set aside
/// first so that the copies cost the same at the end of a run as at its start.
/// </summary>
internal static class RawIntakeScript
{
    public static async Task<string> WriteAsync(string connectionString, Guid sample)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var newId = new Dictionary<string, string> { ["id"] = "gen_random_uuid()" };
        var ticket = await TemplateCopy.InsertAsync(connection, "tickets", "tickets",
            await TemplateCopy.SetAsideAsync(connection, "ticket", $"tickets.tickets t WHERE t.id = '{sample}'"),
            new Dictionary<string, string>(newId) { ["number"] = "'B' || substr(md5(random()::text), 1, 19)" });
        var clocks = await TemplateCopy.InsertAsync(connection, "sla", "clocks",
            await TemplateCopy.SetAsideAsync(connection, "clocks", $"sla.clocks t WHERE t.item_id = '{sample}'"),
            new Dictionary<string, string>(newId) { ["item_id"] = "(SELECT id FROM ticket)" });
        var events = await TemplateCopy.InsertAsync(connection, "sla", "clock_events",
            await TemplateCopy.SetAsideAsync(connection, "clock_events", $"sla.clock_events t JOIN sla.clocks c ON c.id = t.clock_id WHERE c.item_id = '{sample}'"),
            new Dictionary<string, string> { ["clock_id"] = "(SELECT min(id::text)::uuid FROM clocks)" });
        var timeline = await TemplateCopy.InsertAsync(connection, "tickets", "timeline_entries",
            await TemplateCopy.SetAsideAsync(connection, "timeline_entries", $"tickets.timeline_entries t WHERE t.ticket_id = '{sample}'"),
            new Dictionary<string, string>(newId) { ["ticket_id"] = "(SELECT id FROM ticket)" });
        var outbox = await TemplateCopy.InsertAsync(connection, "tickets", "outbox_messages",
            await TemplateCopy.SetAsideAsync(connection, "outbox_messages", "tickets.outbox_messages t WHERE t.type LIKE '%.TicketCreated' LIMIT 1"), newId);
        var path = Path.Combine(Path.GetTempPath(), $"huiyin-raw-intake-{sample:N}.sql");
        // The host takes the day's numbers ten at a time (TicketNumbers): one intake in ten bumps the counter.
        await File.WriteAllTextAsync(path, $"""
            \set draw random(1, {TicketNumbers.BlockSize})
            \if :draw = 1
            INSERT INTO tickets.daily_numbers (day, last_value) SELECT CURRENT_DATE, {TicketNumbers.BlockSize} FROM set_config('synchronous_commit', 'off', true) ON CONFLICT (day) DO UPDATE SET last_value = tickets.daily_numbers.last_value + {TicketNumbers.BlockSize} RETURNING last_value;
            \endif
            WITH ticket AS ({ticket} RETURNING id), clocks AS ({clocks} RETURNING id), events AS ({events} RETURNING 1), timeline AS ({timeline} RETURNING 1) {outbox};

            """);
        return path;
    }
}
