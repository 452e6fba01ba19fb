using System.Text.Json;
using System.Text.Json.Nodes;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Huiyin.BuildingBlocks.Auditing;

/// <summary>
/// The rows an audited command writes, read from the change tracker at each save (a handler may save more than once): each
/// row's values before the command's first write to it and after its last. A new row has no "before", a removed one no
/// "after"; of a changed row only the changed columns are kept. Outbox and inbox rows, concurrency tokens and the
/// created/updated stamps are left out (the record carries who and when).
/// </summary>
internal sealed class ChangeJournal
{
    private static readonly HashSet<string> Stamps = [.. typeof(IAuditable).GetProperties().Select(p => p.Name)];
    private readonly Dictionary<string, (Dictionary<string, object?>? Before, Dictionary<string, object?>? After)> _rows = [];

    /// <summary>The key of the first row written, the target when the command names none.</summary>
    public string? FirstKey { get; private set; }

    public void Capture(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries().Where(IsAudited))
        {
            var key = KeyOf(entry);
            FirstKey ??= key;
            var label = $"{entry.Metadata.ClrType.Name} {key}";
            var (before, after) = _rows.GetValueOrDefault(label, (null, null));
            var isNew = !_rows.ContainsKey(label);
            if (entry.State == EntityState.Modified || (entry.State == EntityState.Deleted && isNew))
            {
                before ??= [];
                foreach (var property in Properties(entry, changedOnly: entry.State == EntityState.Modified))
                {
                    before.TryAdd(property.Metadata.Name, ProviderValue(property.OriginalValue, property.Metadata));
                }
            }

            after = entry.State == EntityState.Deleted ? null : after ?? [];
            foreach (var property in after is null ? [] : Properties(entry, changedOnly: entry.State == EntityState.Modified))
            {
                after![property.Metadata.Name] = ProviderValue(property.CurrentValue, property.Metadata);
            }

            _rows[label] = (before, after);
        }
    }

    public string BeforeJson() => Json(row => row.Before);

    public string AfterJson() => Json(row => row.After);

    private string Json(Func<(Dictionary<string, object?>? Before, Dictionary<string, object?>? After), Dictionary<string, object?>?> side)
    {
        var document = new JsonObject();
        foreach (var (label, row) in _rows)
        {
            if (side(row) is { } values)
            {
                document[label] = new JsonObject(values.Select(v => KeyValuePair.Create(
                    JsonNamingPolicy.CamelCase.ConvertName(v.Key), JsonSerializer.SerializeToNode(SensitiveValueMask.Apply(v.Key, v.Value)))));
            }
        }

        return document.ToJsonString();
    }

    private static bool IsAudited(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity is not OutboxMessage and not InboxMessage;

    private static IEnumerable<PropertyEntry> Properties(EntityEntry entry, bool changedOnly) =>
        entry.Properties.Where(p => !p.Metadata.IsConcurrencyToken && !Stamps.Contains(p.Metadata.Name)
                                    && (!changedOnly || (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))));

    private static string KeyOf(EntityEntry entry) =>
        string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => ProviderValue(entry.Property(p.Name).CurrentValue, p)));

    private static object? ProviderValue(object? value, IProperty property) =>
        value is null ? null : property.GetTypeMapping().Converter?.ConvertToProvider(value) ?? value;
}
