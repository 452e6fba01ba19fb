using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Customers.Tests;

/// <summary>The customer permissions each role holds (PRODUCT.md §0).</summary>
[Collection(ApiCollection.Name)]
public sealed class PermissionTests(HuiyinApp app) : HuiyinTest(app)
{
    [Theory]
    [InlineData(StaffRole.Technician, "")]
    [InlineData(StaffRole.Agent, "customers:export customers:grade customers:read customers:write")]
    [InlineData(StaffRole.Supervisor, "customers:export customers:grade customers:read customers:write")]
    [InlineData(StaffRole.Manager, "customers:approve-export customers:approve-grading customers:export customers:grade customers:read customers:sensitive customers:write")]
    [InlineData(StaffRole.Executive, "customers:read")]
    [InlineData(StaffRole.Admin, "customers:approve-export customers:approve-grading customers:export customers:grade customers:keys customers:read customers:sensitive customers:write")]
    public async Task Each_role_holds_its_customer_permissions(StaffRole role, string expected)
    {
        var client = await App.SignedInAsAsync(role);

        var me = await (await client.GetAsync("/api/v1/auth/me")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var held = me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).Where(p => p.StartsWith("customers:", StringComparison.Ordinal));
        Assert.Equal(expected, string.Join(' ', held));
    }
}
