using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Huiyin.Notifications.Persistence;

/// <summary>
/// Each person's next inbox sequence numbers. The counter row stays locked until the writer commits, so a second writer for
/// the same person waits and takes the next number: numbers commit in order, and a reader that has seen n never finds a
/// smaller one appearing later. Recipients are taken in id order so that two writers never wait on each other in a circle.
/// </summary>
internal static class InboxSequences
{
    public static async Task<IReadOnlyDictionary<Guid, long>> NextAsync(NotificationsDbContext db, IReadOnlyList<Guid> recipients, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        await using var command = new NpgsqlCommand(
            $"""
             INSERT INTO "{NotificationsDbContext.SchemaName}".inbox_sequences AS s (recipient_id, last_sequence)
             SELECT id, 1 FROM unnest(@recipients) AS id ORDER BY id
             ON CONFLICT (recipient_id) DO UPDATE SET last_sequence = s.last_sequence + 1
             RETURNING recipient_id, last_sequence
             """, connection, transaction);
        command.Parameters.AddWithValue("recipients", recipients.Order().ToArray());
        var next = new Dictionary<Guid, long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            next[reader.GetGuid(0)] = reader.GetInt64(1);
        }

        return next;
    }
}
