using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Mapster;

namespace Huiyin.Organization.Features;

/// <summary>A staff member as the API shows them.</summary>
internal sealed record StaffMemberResponse(
    Guid Id,
    string Username,
    string DisplayName,
    string ServiceNumber,
    IReadOnlyList<StaffRole> Roles,
    Guid? TeamId,
    IReadOnlyList<string> Skills,
    bool Active,
    string? Email,
    string? Mobile,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static readonly TypeAdapterConfig Mapping = CreateMapping();

    public static StaffMemberResponse From(StaffMember staff) => staff.Adapt<StaffMemberResponse>(Mapping);

    private static TypeAdapterConfig CreateMapping()
    {
        var config = new TypeAdapterConfig();
        config.NewConfig<StaffMember, StaffMemberResponse>()
            .MapToConstructor(true)
            .Map(response => response.Id, staff => staff.Id.Value)
            .Map(response => response.TeamId, staff => staff.TeamId == null ? (Guid?)null : staff.TeamId.Value.Value);
        return config;
    }
}
