namespace Huiyin.BuildingBlocks.Security;

/// <summary>Who is acting: a signed-in staff member, an API client, or the system itself (jobs, events).</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The staff member's or API client's id.</summary>
    Guid? Id { get; }

    string? Name { get; }

    bool IsApiClient { get; }

    /// <summary>An attributable label stored with every change: <c>staff:{id}</c>, <c>api-client:{id}</c> or <c>system</c>.</summary>
    string Actor { get; }

    bool HasPermission(string permission);
}
