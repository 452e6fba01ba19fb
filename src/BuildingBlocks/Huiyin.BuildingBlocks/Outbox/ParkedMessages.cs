using Huiyin.BuildingBlocks.Persistence;
using Npgsql;

namespace Huiyin.BuildingBlocks.Outbox;

/// <summary>A message the dispatcher gave up on, as shown to Admins.</summary>
public sealed record ParkedMessage(string Module, Guid Id, string Type, int Attempts, string? LastError, DateTimeOffset OccurredAt, DateTimeOffset ParkedAt);

/// <summary>Lists parked outbox messages across modules and puts one back in the queue.</summary>
public sealed class ParkedMessages(NpgsqlDataSource dataSource, IEnumerable<ModuleDatabase> databases, TimeProvider clock)
{
    private readonly string[] _schemas = databases.Select(d => d.Schema).Distinct().ToArray();

    public async Task<IReadOnlyList<ParkedMessage>> ListAsync(CancellationToken cancellationToken)
    {
        var parked = new List<ParkedMessage>();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var schema in _schemas)
        {
            await using var command = new NpgsqlCommand(
                $"""
                 SELECT id, type, attempts, last_error, occurred_at, parked_at FROM "{schema}".outbox_messages
                 WHERE parked_at IS NOT NULL ORDER BY parked_at DESC LIMIT 200
                 """, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                parked.Add(new ParkedMessage(schema, reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.GetFieldValue<DateTimeOffset>(4), reader.GetFieldValue<DateTimeOffset>(5)));
            }
        }

        return parked.OrderByDescending(p => p.ParkedAt).ToList();
    }

    /// <summary>Re-queues a parked message with a fresh attempt count and wakes the dispatchers; false when no such parked message exists.</summary>
    public async Task<bool> RetryAsync(string module, Guid id, CancellationToken cancellationToken)
    {
        if (!_schemas.Contains(module))
        {
            return false;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
             UPDATE "{module}".outbox_messages SET parked_at = NULL, attempts = 0, next_attempt_at = @now
             WHERE id = @id AND parked_at IS NOT NULL
             """, connection);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        command.Parameters.AddWithValue("id", id);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            return false;
        }

        // The outbox trigger announces inserts only: wake the dispatchers for the requeued row, rather than leave it to their poll.
        await using var wake = new NpgsqlCommand("SELECT pg_notify(@channel, @schema)", connection);
        wake.Parameters.AddWithValue("channel", OutboxNotifyTrigger.Channel);
        wake.Parameters.AddWithValue("schema", module);
        await wake.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }
}
