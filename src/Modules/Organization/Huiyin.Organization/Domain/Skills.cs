namespace Huiyin.Organization.Domain;

/// <summary>The repair categories a technician can be skilled in (PRODUCT.md §2), used to suggest who to dispatch.</summary>
internal static class Skills
{
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "plumbing", "electrical", "hvac", "lift", "gas", "cleaning", "security", "greening", "appliance", "other",
    };
}
