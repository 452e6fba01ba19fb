namespace Huiyin.Organization.Contracts;

/// <summary>
/// One module's permissions and the roles that hold each, declared in the module's own folder and registered as a
/// service; Organization composes every module's into each role's permissions at start-up.
/// </summary>
public sealed class ModulePermissions(string module)
{
    private readonly Dictionary<string, StaffRole[]> _holders = new(StringComparer.Ordinal);

    public string Module { get; } = module;

    public IReadOnlyCollection<string> Names => _holders.Keys;

    /// <summary>Declares <paramref name="permission"/>, held by <paramref name="roles"/> (none: only API clients hold it).</summary>
    public ModulePermissions Grant(string permission, params StaffRole[] roles)
    {
        if (!_holders.TryAdd(permission, roles))
        {
            throw new InvalidOperationException($"The {Module} module declares the permission {permission} twice.");
        }

        return this;
    }

    public IEnumerable<string> HeldBy(StaffRole role) => _holders.Where(holder => holder.Value.Contains(role)).Select(holder => holder.Key);
}
