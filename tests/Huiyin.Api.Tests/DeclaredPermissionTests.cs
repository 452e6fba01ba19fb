using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Api.Tests;

/// <summary>
/// Every permission an endpoint requires is declared by some module (its <c>&lt;Name&gt;PermissionGrants</c>), so no
/// endpoint is guarded by a name that no role or API client can ever hold.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DeclaredPermissionTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public void Every_permission_an_endpoint_requires_is_declared_by_a_module()
    {
        var declared = App.Services.GetServices<ModulePermissions>().SelectMany(module => module.Names).ToHashSet();

        var undeclared = RequiredPermissions().Where(required => !declared.Contains(required.Permission))
            .Select(required => $"{required.Endpoint} requires {required.Permission}");

        Assert.Empty(undeclared);
    }

    [Fact]
    public void The_check_sees_the_permissions_of_named_and_inline_policies()
    {
        var required = RequiredPermissions().Select(required => required.Permission).ToHashSet();

        Assert.Contains("tickets:dispatch", required);
        Assert.Contains("sla:escalations-2", required);
    }

    [Fact]
    public async Task A_supervisor_holds_what_every_module_grants_the_role()
    {
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);

        var me = await supervisor.GetFromJsonAsync<MeResponse>("/api/v1/auth/me");

        Assert.Superset(new HashSet<string> { "staff:read", "sla:escalations-1", "customers:write", "tickets:dispatch", "notifications:read" },
            me!.Permissions.ToHashSet());
        Assert.DoesNotContain("sla:manage", me.Permissions);
    }

    private IEnumerable<(string Endpoint, string Permission)> RequiredPermissions() =>
        App.Services.GetServices<EndpointDataSource>().SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(endpoint => GuardedEndpoint.RequirementsOf(endpoint).SelectMany(anyOf => anyOf).Select(permission => (endpoint.DisplayName ?? endpoint.RoutePattern.RawText!, permission)));

    private sealed record MeResponse(IReadOnlyList<string> Permissions);
}
