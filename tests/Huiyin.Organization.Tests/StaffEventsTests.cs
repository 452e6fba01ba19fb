using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Organization.Tests;

[Collection(ApiCollection.Name)]
public sealed class StaffEventsTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task Registering_a_staff_member_publishes_an_event_that_the_outbox_delivers()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        await (await admin.PostAsJsonAsync("/api/v1/staff", new { username = "new.hire", displayName = "新员工", password = "Strong-pass-8", roles = new[] { "Agent" } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        var delivered = await WaitForDeliveryAsync(typeof(StaffMemberRegistered).FullName!, "new.hire");
        Assert.True(delivered, "StaffMemberRegistered for new.hire was not delivered within 10 seconds.");
    }

    [Fact]
    public async Task A_refused_request_leaves_no_event_behind()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        await admin.PostAsJsonAsync("/api/v1/staff", new { username = "bad", displayName = "", password = "x", roles = new[] { "Agent" } });

        await using var connection = await App.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM organization.outbox_messages WHERE payload->>'username' = 'bad'";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    private async Task<bool> WaitForDeliveryAsync(string type, string username)
    {
        await using var connection = await App.OpenConnectionAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM organization.outbox_messages WHERE type = @type AND payload->>'username' = @username AND processed_at IS NOT NULL";
            command.Parameters.AddWithValue("type", type);
            command.Parameters.AddWithValue("username", username);
            if ((long)(await command.ExecuteScalarAsync())! == 1)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
