using System.Collections.Concurrent;
using System.Text.Json;
using Huiyin.BuildingBlocks.Persistence;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Huiyin.BuildingBlocks.Outbox;

/// <summary>
/// One dispatch pass over every module's outbox: claims due rows with <c>FOR UPDATE SKIP LOCKED</c> (so
/// several hosts never take the same row), publishes each event through MediatR in a fresh scope, and
/// records the deliveries (one statement for the batch), a retry with backoff, or parking after too many
/// failures — all in the claim's transaction.
/// </summary>
public sealed class OutboxProcessor(
    IServiceScopeFactory scopes,
    NpgsqlDataSource dataSource,
    IEnumerable<ModuleDatabase> databases,
    IntegrationEventTypes eventTypes,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxProcessor> logger)
{
    /// <summary>The schemas of every module's outbox.</summary>
    public IReadOnlyList<string> Schemas { get; } = databases.Select(d => d.Schema).Distinct().ToArray();

    /// <summary>Dispatches one batch of what is due now in every outbox; returns how many messages were claimed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var claimed = 0;
        foreach (var schema in Schemas)
        {
            claimed += await DispatchBatchAsync(schema, cancellationToken);
        }

        return claimed;
    }

    /// <summary>
    /// Dispatches everything due now in the named outboxes, a batch of each in turn while batches come back full, so that one
    /// that keeps filling (a sweep breaching thousands of clocks) does not hold the others back until it is empty; names that
    /// are not a module's outbox are ignored.
    /// </summary>
    public async Task DrainAsync(IEnumerable<string> schemas, CancellationToken cancellationToken)
    {
        var busy = schemas.Where(Schemas.Contains).Distinct().ToList();
        while (busy.Count > 0)
        {
            var stillBusy = new List<string>(busy.Count);
            foreach (var schema in busy)
            {
                if (await DispatchBatchAsync(schema, cancellationToken) == options.Value.BatchSize)
                {
                    stillBusy.Add(schema);
                }
            }

            busy = stillBusy;
        }
    }

    private async Task<int> DispatchBatchAsync(string schema, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await CommitWithoutWaitingForTheDiskAsync(connection, cancellationToken);
        var messages = await ClaimAsync(connection, schema, cancellationToken);
        var failures = await DeliverAsync(messages, cancellationToken);
        foreach (var (message, error) in failures)
        {
            await RecordFailureAsync(connection, schema, message, error, cancellationToken);
        }

        var delivered = messages.Where(m => !failures.ContainsKey(m)).Select(m => m.Id).ToList();
        if (delivered.Count > 0)
        {
            await RecordDeliveredAsync(connection, schema, delivered, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return messages.Count;
    }

    /// <summary>
    /// Delivers a batch: the events about one thing (<see cref="IntegrationEvent.OrderingKey"/>), and all those about nothing in
    /// particular, one after another in claim order; different things side by side. Answers the failures with their errors.
    /// </summary>
    private async Task<IReadOnlyDictionary<ClaimedMessage, string>> DeliverAsync(List<ClaimedMessage> messages, CancellationToken cancellationToken)
    {
        var decoded = messages.Select(message => (Message: message, Event: Decode(message, out var error), Error: error)).ToList();
        var failures = new ConcurrentDictionary<ClaimedMessage, string>(
            decoded.Where(d => d.Event is null).Select(d => KeyValuePair.Create(d.Message, d.Error!)));
        var inTurn = decoded.Where(d => d.Event is not null)
            .GroupBy(d => d.Event!.OrderingKey ?? Guid.Empty, d => (d.Message, d.Event!));
        await Parallel.ForEachAsync(inTurn, new ParallelOptions { MaxDegreeOfParallelism = options.Value.DeliveryConcurrency, CancellationToken = cancellationToken },
            async (sameThing, token) =>
            {
                foreach (var (message, integrationEvent) in sameThing)
                {
                    if (await PublishAsync(message, integrationEvent, token) is { } error)
                    {
                        failures[message] = error;
                    }
                }
            });
        return failures;
    }

    private IntegrationEvent? Decode(ClaimedMessage message, out string? error)
    {
        error = null;
        if (eventTypes.Find(message.Type) is not { } type)
        {
            error = $"Unknown event type {message.Type}.";
            return null;
        }

        try
        {
            return (IntegrationEvent)JsonSerializer.Deserialize(message.Payload, type, IntegrationEventJson.Options)!;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Reading {EventType} {EventId} failed (attempt {Attempt})", message.Type, message.Id, message.Attempts + 1);
            error = e.Message;
            return null;
        }
    }

    /// <summary>
    /// The pass records only its own bookkeeping (delivered, retry, parked); the handlers write in their own transactions,
    /// which wait for the disk as usual. Losing the bookkeeping in a crash means delivering those events again, which the
    /// handlers' inboxes make harmless, so the pass need not wait for its commit to be flushed.
    /// </summary>
    private static async Task CommitWithoutWaitingForTheDiskAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SET LOCAL synchronous_commit = off", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Claims in the order of the pending index (<c>next_attempt_at, occurred_at</c>; a new message is due when it occurs), so a
    /// claim reads its batch off the index instead of sorting the whole backlog: with 100,000 messages waiting, 5 ms instead
    /// of 140 ms a batch.
    /// </summary>
    private async Task<List<ClaimedMessage>> ClaimAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
             SELECT id, type, payload, attempts FROM "{schema}".outbox_messages
             WHERE processed_at IS NULL AND parked_at IS NULL AND next_attempt_at <= @now
             ORDER BY next_attempt_at, occurred_at
             LIMIT @batch
             FOR UPDATE SKIP LOCKED
             """, connection);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        command.Parameters.AddWithValue("batch", options.Value.BatchSize);
        var messages = new List<ClaimedMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(new ClaimedMessage(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
        }

        return messages;
    }

    private async Task<string?> PublishAsync(ClaimedMessage message, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(integrationEvent, cancellationToken);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Delivering {EventType} {EventId} failed (attempt {Attempt})", message.Type, message.Id, message.Attempts + 1);
            return e.Message;
        }
    }

    private async Task RecordDeliveredAsync(NpgsqlConnection connection, string schema, List<Guid> ids, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
             UPDATE "{schema}".outbox_messages SET attempts = attempts + 1, last_error = NULL, processed_at = @now
             WHERE id = ANY(@ids)
             """, connection);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        command.Parameters.AddWithValue("ids", ids);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task RecordFailureAsync(NpgsqlConnection connection, string schema, ClaimedMessage message, string error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var attempts = message.Attempts + 1;
        var park = attempts >= options.Value.MaxAttempts || eventTypes.Find(message.Type) is null;
        await using var command = new NpgsqlCommand(
            $"""
             UPDATE "{schema}".outbox_messages
             SET attempts = @attempts, last_error = @error, parked_at = CASE WHEN @park THEN @now END, next_attempt_at = @next
             WHERE id = @id
             """, connection);
        command.Parameters.AddWithValue("attempts", attempts);
        command.Parameters.AddWithValue("error", error);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("park", park);
        command.Parameters.AddWithValue("next", now + options.Value.RetryDelayAfter(attempts));
        command.Parameters.AddWithValue("id", message.Id);
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (park)
        {
            logger.LogError("Parked {EventType} {EventId} after {Attempts} attempt(s): {Error}", message.Type, message.Id, attempts, error);
        }
    }

    private sealed record ClaimedMessage(Guid Id, string Type, string Payload, int Attempts);
}
