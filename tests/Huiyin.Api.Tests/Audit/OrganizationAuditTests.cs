using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using static Huiyin.Api.Tests.Audit.AuditTrailReading;

namespace Huiyin.Api.Tests.Audit;

[Collection(ApiCollection.Name)]
public sealed class OrganizationAuditTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task Changing_a_staff_members_roles_records_who_from_where_and_the_roles_before_and_after()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var adminId = await App.ProvisionAsync("test-admin", StaffRole.Admin);
        var created = await (await admin.PostAsJsonAsync("/api/v1/staff", new { username = "li.na", displayName = "李娜", password = "Strong-pass-8", roles = new[] { "Agent" } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var etag = (await admin.GetAsync($"/api/v1/staff/{id}")).Headers.ETag!.Tag;
        admin.DefaultRequestHeaders.UserAgent.ParseAdd("HuiyinTests/1.0");

        await (await admin.SendAsync(Put($"/api/v1/staff/{id}", new { displayName = "李娜", roles = new[] { "Supervisor" }, serviceNumber = "801" }, etag)))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        var record = await SingleAsync(admin, "UpdateStaffMember");
        Assert.Equal(adminId, record.GetProperty("actorId").GetGuid());
        Assert.Equal("staff", record.GetProperty("actorKind").GetString());
        Assert.Equal(id.ToString(), record.GetProperty("targetId").GetString());
        Assert.Equal("HuiyinTests/1.0", record.GetProperty("userAgent").GetString());
        Assert.Contains("Agent", Row(record, "before").GetProperty("roles").ToString());
        Assert.Contains("Supervisor", Row(record, "after").GetProperty("roles").ToString());
        Assert.Equal("801", Row(record, "after").GetProperty("serviceNumber").GetString());
    }

    [Fact]
    public async Task Creating_staff_records_the_new_row_with_the_password_masked()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        await (await admin.PostAsJsonAsync("/api/v1/staff", new { username = "wu.gang", displayName = "吴刚", password = "Strong-pass-8", roles = new[] { "Agent" } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        var record = await SingleAsync(admin, "CreateStaffMember");
        Assert.Empty(record.GetProperty("before").EnumerateObject());
        var after = Row(record, "after");
        Assert.Equal("wu.gang", after.GetProperty("username").GetString());
        Assert.Equal("***", after.GetProperty("passwordHash").GetString());
        Assert.DoesNotContain("Strong-pass-8", record.ToString());
    }

    [Fact]
    public async Task An_admins_password_reset_is_recorded_without_any_password()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var agentId = await App.ProvisionAsync("zhou.yu", StaffRole.Agent);

        await admin.PostAsJsonAsync($"/api/v1/staff/{agentId}/password-reset", new { temporaryPassword = "Temporary-pass-9" });

        var record = await SingleAsync(admin, "ResetStaffPassword");
        Assert.Equal(agentId.ToString(), record.GetProperty("targetId").GetString());
        Assert.Equal("***", Row(record, "after").GetProperty("passwordHash").GetString());
        Assert.DoesNotContain("Temporary-pass-9", record.ToString());
    }

    [Fact]
    public async Task An_admins_change_of_a_staff_members_contact_records_the_addresses_before_and_after()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var agentId = await App.ProvisionAsync("zhou.yu", StaffRole.Agent);

        await (await admin.PutAsJsonAsync($"/api/v1/staff/{agentId}/contact", new { email = "zhou@estate.test", mobile = "13712345678" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        var record = await SingleAsync(admin, "ChangeStaffContact");
        Assert.Equal(agentId.ToString(), record.GetProperty("targetId").GetString());
        Assert.Equal(JsonValueKind.Null, Row(record, "before").GetProperty("mobile").ValueKind);
        Assert.Equal("13712345678", Row(record, "after").GetProperty("mobile").GetString());
        Assert.Equal("zhou@estate.test", Row(record, "after").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Creating_an_api_client_records_its_scopes_but_never_its_key()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var created = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "物业ERP", scopes = new[] { OrganizationPermissions.StaffRead } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        var record = await SingleAsync(admin, "CreateApiClient");
        Assert.Equal(created.GetProperty("id").GetGuid().ToString(), record.GetProperty("targetId").GetString());
        Assert.Equal([OrganizationPermissions.StaffRead], Row(record, "after").GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("***", Row(record, "after").GetProperty("keyHash").GetString());
        Assert.DoesNotContain(created.GetProperty("key").GetString()!, record.ToString());
    }

    [Fact]
    public async Task Deactivating_staff_and_revoking_an_api_client_record_the_state_before_and_after()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var agentId = await App.ProvisionAsync("zheng.he", StaffRole.Agent);
        var client = (await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "物业ERP", scopes = new[] { OrganizationPermissions.StaffRead } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        (await admin.PostAsync($"/api/v1/staff/{agentId}/deactivate", null)).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/api/v1/api-clients/{client}/revoke", null)).EnsureSuccessStatusCode();

        var deactivation = await SingleAsync(admin, "SetStaffMemberActive");
        Assert.Equal(agentId.ToString(), deactivation.GetProperty("targetId").GetString());
        Assert.True(Row(deactivation, "before").GetProperty("active").GetBoolean());
        Assert.False(Row(deactivation, "after").GetProperty("active").GetBoolean());
        var revocation = await SingleAsync(admin, "RevokeApiClient");
        Assert.Equal(client.ToString(), revocation.GetProperty("targetId").GetString());
        Assert.Equal(JsonValueKind.Null, Row(revocation, "before").GetProperty("revokedAt").ValueKind);
        Assert.Equal(JsonValueKind.String, Row(revocation, "after").GetProperty("revokedAt").ValueKind);
    }

    [Fact]
    public async Task A_team_refused_for_its_duplicate_name_or_bad_input_leaves_no_record()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        await (await admin.PostAsJsonAsync("/api/v1/teams", new { name = "客服中心" })).ShouldBeJsonAsync(HttpStatusCode.Created);

        await (await admin.PostAsJsonAsync("/api/v1/teams", new { name = "客服中心" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostAsJsonAsync("/api/v1/teams", new { name = "" })).ShouldBeValidationProblemForAsync("name");

        var record = Assert.Single(await RecordsAsync(admin));
        Assert.Equal("CreateTeam", record.GetProperty("operation").GetString());
        Assert.Equal("客服中心", Row(record, "after").GetProperty("name").GetString());
    }
}
