using Huiyin.Organization.Contracts;

namespace Huiyin.Organization.Domain;

/// <summary>
/// Every module's permissions, composed at start-up: the names an API client's scopes may take, and what each role
/// holds. A staff member holds the union of their roles' permissions.
/// </summary>
internal sealed class PermissionCatalog
{
    private readonly IReadOnlyList<ModulePermissions> _modules;

    public PermissionCatalog(IEnumerable<ModulePermissions> modules)
    {
        _modules = modules.ToList();
        var declaredTwice = _modules.SelectMany(module => module.Names).GroupBy(name => name).Where(names => names.Count() > 1).Select(names => names.Key).ToList();
        if (declaredTwice.Count > 0)
        {
            throw new InvalidOperationException($"Permissions declared by more than one module: {string.Join(", ", declaredTwice)}.");
        }

        All = _modules.SelectMany(module => module.Names).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every permission name, in order.</summary>
    public IReadOnlyList<string> All { get; }

    public bool Declares(string permission) => All.Contains(permission, StringComparer.Ordinal);

    public IReadOnlyList<string> For(IEnumerable<StaffRole> roles) =>
        roles.SelectMany(role => _modules.SelectMany(module => module.HeldBy(role))).Distinct().Order(StringComparer.Ordinal).ToList();
}
