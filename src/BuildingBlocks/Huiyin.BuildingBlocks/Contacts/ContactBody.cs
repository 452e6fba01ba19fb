using System.Text.Json.Serialization;

namespace Huiyin.BuildingBlocks.Contacts;

/// <summary>A contact to log, as the handler reports it: <c>at</c> defaults to now (kept to the minute).</summary>
public sealed record ContactBody(
    [property: JsonRequired] ContactMethod Method, [property: JsonRequired] ContactOutcome Outcome, string Note, DateTimeOffset? At = null);

/// <summary>A logged contact as the API answers it; its id names it in the log's location.</summary>
public interface IContactResponse
{
    Guid Id { get; }
}
