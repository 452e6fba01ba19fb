using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;

namespace Huiyin.Organization.Tests.Domain;

public sealed class PermissionCatalogTests
{
    private static readonly ModulePermissions Parcels = new ModulePermissions("Parcels")
        .Grant("parcels:read", StaffRole.Agent, StaffRole.Supervisor)
        .Grant("parcels:sign-for", StaffRole.Supervisor);

    private static readonly ModulePermissions Keys = new ModulePermissions("Keys")
        .Grant("keys:lend", StaffRole.Supervisor, StaffRole.Manager)
        .Grant("keys:audit");

    [Fact]
    public void A_role_holds_what_every_module_grants_it_each_once_in_order()
    {
        var catalog = new PermissionCatalog([Parcels, Keys]);

        Assert.Equal(["keys:lend", "parcels:read", "parcels:sign-for"], catalog.For([StaffRole.Supervisor, StaffRole.Agent]));
        Assert.Equal(["keys:lend"], catalog.For([StaffRole.Manager]));
        Assert.Empty(catalog.For([StaffRole.Technician]));
    }

    [Fact]
    public void Every_declared_name_is_known_even_one_no_role_holds()
    {
        var catalog = new PermissionCatalog([Parcels, Keys]);

        Assert.Equal(["keys:audit", "keys:lend", "parcels:read", "parcels:sign-for"], catalog.All);
        Assert.True(catalog.Declares("keys:audit"));
        Assert.False(catalog.Declares("keys:steal"));
    }

    [Fact]
    public void Two_modules_declaring_one_name_stop_the_start()
    {
        var impostor = new ModulePermissions("Impostor").Grant("parcels:read", StaffRole.Admin);

        var refusal = Assert.Throws<InvalidOperationException>(() => new PermissionCatalog([Parcels, impostor]));

        Assert.Contains("parcels:read", refusal.Message);
    }

    [Fact]
    public void A_module_declaring_one_name_twice_is_refused()
    {
        var twice = new ModulePermissions("Twice").Grant("twice:read", StaffRole.Agent);

        Assert.Throws<InvalidOperationException>(() => twice.Grant("twice:read", StaffRole.Manager));
    }
}
