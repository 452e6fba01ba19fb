using System.Text.Json;
using System.Text.Json.Serialization;

namespace Huiyin.BuildingBlocks.Outbox;

/// <summary>How integration events are stored in the outbox: camelCase JSON with enums as their names.</summary>
public static class IntegrationEventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
