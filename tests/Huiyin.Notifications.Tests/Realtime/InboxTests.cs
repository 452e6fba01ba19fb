using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Complaints.Contracts;
using Huiyin.Notifications.Features.Events;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Huiyin.Tickets.Contracts;

namespace Huiyin.Notifications.Tests.Realtime;

[Collection(NotificationsCollection.Name)]
public sealed class InboxTests(NotificationsApp app) : NotificationsTest(app)
{
    [Fact]
    public async Task Marking_up_to_a_sequence_reads_those_lines_only_and_only_the_callers()
    {
        var (technicianId, technician) = await TechnicianAsync("tech-qian");
        var (otherId, other) = await TechnicianAsync("tech-zhou");
        for (var n = 0; n < 3; n++)
        {
            await RaiseAsync(Assigned(technicianId, otherId));
        }

        var read = await (await technician.PostAsJsonAsync("/api/v1/me/inbox/read", new { upTo = 2 })).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(2, read.GetProperty("marked").GetInt32());
        Assert.Equal(1, read.GetProperty("unreadCount").GetInt32());
        var lines = (await InboxAsync(technician)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([true, true, false], lines.Select(l => l.GetProperty("readAt").ValueKind != JsonValueKind.Null));
        Assert.Equal(3, (await InboxAsync(other)).GetProperty("unreadCount").GetInt32());
    }

    [Fact]
    public async Task Marking_named_lines_reads_them_and_a_second_time_marks_nothing()
    {
        var (technicianId, technician) = await TechnicianAsync("tech-wu");
        await RaiseAsync(Assigned(technicianId));
        await RaiseAsync(Assigned(technicianId));
        var newest = (await InboxAsync(technician)).GetProperty("items")[1].GetProperty("id").GetGuid();

        var first = await (await technician.PostAsJsonAsync("/api/v1/me/inbox/read", new { ids = new[] { newest } })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var again = await (await technician.PostAsJsonAsync("/api/v1/me/inbox/read", new { ids = new[] { newest } })).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal((1, 1), (first.GetProperty("marked").GetInt32(), first.GetProperty("unreadCount").GetInt32()));
        Assert.Equal((0, 1), (again.GetProperty("marked").GetInt32(), again.GetProperty("unreadCount").GetInt32()));
    }

    [Theory]
    [InlineData("{}", "upTo")]
    [InlineData("{\"upTo\":3,\"ids\":[\"0193a5a0-0000-7000-8000-000000000000\"]}", "upTo")]
    [InlineData("{\"ids\":[]}", "ids")]
    [InlineData("{\"upTo\":-1}", "upTo")]
    public async Task Bad_read_requests_are_400_naming_the_field(string body, string field)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        var response = await agent.PostAsync("/api/v1/me/inbox/read", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeValidationProblemForAsync(field);
    }

    [Theory]
    [InlineData("?after=-1", "after")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=201", "limit")]
    public async Task Bad_inbox_queries_are_400_naming_the_field(string query, string field)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);

        await (await agent.GetAsync("/api/v1/me/inbox" + query)).ShouldBeValidationProblemForAsync(field);
    }

    [Fact]
    public async Task An_event_delivered_twice_writes_one_line()
    {
        var (technicianId, technician) = await TechnicianAsync("tech-zheng");
        var assigned = Assigned(technicianId);

        await RaiseAsync(assigned);
        await RaiseAsync(assigned);

        Assert.Equal(1, (await InboxAsync(technician)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_major_complaint_reaches_managers_and_executives_and_a_general_one_nobody()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var executive = await App.SignedInAsAsync(StaffRole.Executive);
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);

        await RaiseAsync(Complaint("C-1", "Major"));
        await RaiseAsync(Complaint("C-2", "General"));

        foreach (var reader in new[] { manager, executive })
        {
            var line = Assert.Single((await InboxAsync(reader)).GetProperty("items").EnumerateArray());
            Assert.Equal(("inbox.majorComplaint", "C-1"), (line.GetProperty("code").GetString(), line.GetProperty("args").GetProperty("number").GetString()));
        }

        Assert.Equal(0, (await InboxAsync(supervisor)).GetProperty("items").GetArrayLength());
    }

    private async Task<(Guid Id, HttpClient Client)> TechnicianAsync(string username) =>
        (await App.ProvisionAsync(username, StaffRole.Technician), await App.SignedInAsAsync(username));

    private Task RaiseAsync<TEvent>(TEvent integrationEvent)
        where TEvent : BuildingBlocks.Outbox.IntegrationEvent =>
        App.HandleWithAsync<AddToInboxes<TEvent>, TEvent>(integrationEvent);

    private static TicketAssigned Assigned(params Guid[] technicians) => new(Guid.CreateVersion7(), technicians, "staff:test", DateTimeOffset.UtcNow);

    private static ComplaintRegistered Complaint(string number, string severity) =>
        new(Guid.CreateVersion7(), number, Guid.CreateVersion7(), "Phone", "Hotline", "Service", "Department", null, "客服部", null, severity, [],
            "Manager", null, "staff:test", DateTimeOffset.UtcNow);

    private static async Task<JsonElement> InboxAsync(HttpClient client) =>
        await (await client.GetAsync("/api/v1/me/inbox")).ShouldBeJsonAsync(HttpStatusCode.OK);
}
