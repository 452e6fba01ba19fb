namespace Huiyin.Organization.Domain;

internal readonly record struct StaffMemberId(Guid Value)
{
    public static StaffMemberId New() => new(Guid.CreateVersion7());
}

internal readonly record struct TeamId(Guid Value)
{
    public static TeamId New() => new(Guid.CreateVersion7());
}

internal readonly record struct ApiClientId(Guid Value)
{
    public static ApiClientId New() => new(Guid.CreateVersion7());
}
