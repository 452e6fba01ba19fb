using System.Net;
using System.Text.Json;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Jobs;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Huiyin.Complaints.Tests;

/// <summary>A severity that rises — by the handler or by the one-month rule — restarts the deadlines under the stricter policy.</summary>
[Collection(ApiCollection.Name)]
public sealed class SeverityRiseTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task Raising_the_severity_restarts_the_running_deadlines_under_the_stricter_policy()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        App.Clock.Advance(TimeSpan.FromHours(2));
        var raisedAt = App.Clock.GetUtcNow();

        var raised = await (await ComplaintApi.RaiseAsync(await App.SignedInAsAsync(StaffRole.Agent), complaint, "Major")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var sla = raised.GetProperty("sla");
        Assert.Equal("重大投诉", sla.GetProperty("policy").GetString());
        Assert.InRange(sla.GetProperty("resolutionDueAt").GetDateTimeOffset() - raisedAt, TimeSpan.FromHours(48) - TimeSpan.FromSeconds(2), TimeSpan.FromHours(48) + TimeSpan.FromSeconds(2));
        Assert.InRange(sla.GetProperty("firstContactDueAt").GetDateTimeOffset() - raisedAt, TimeSpan.FromHours(3) - TimeSpan.FromSeconds(2), TimeSpan.FromHours(3) + TimeSpan.FromSeconds(2));
        Assert.Equal("Handler", (await ComplaintApi.OutboxAsync(App)).Last().Payload.Text("cause"));
    }

    [Fact]
    public async Task A_severity_raised_after_another_host_changed_the_policies_restarts_the_deadlines_under_the_current_ones()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        await using var connection = await App.OpenConnectionAsync();
        await ExecuteAsync(connection, "UPDATE sla.policies SET resolution = interval '36 hours' WHERE name = '重大投诉'");
        var raisedAt = App.Clock.GetUtcNow();

        var raised = await (await ComplaintApi.RaiseAsync(agent, complaint, "Major")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.InRange(raised.GetProperty("sla").GetProperty("resolutionDueAt").GetDateTimeOffset() - raisedAt,
            TimeSpan.FromHours(36) - TimeSpan.FromSeconds(2), TimeSpan.FromHours(36) + TimeSpan.FromSeconds(2));
        Assert.Equal("Running", await ComplaintApi.ResolutionClockStatusAsync(App, complaint.Id()));
    }

    [Fact]
    public async Task An_effective_complaint_still_open_a_calendar_month_on_becomes_major_once_with_its_cause()
    {
        App.Clock.MoveTo(Desk(2027, 3, 15, 10, 0));
        var open = await ComplaintApi.InStatusAsync(App, "Investigated");
        var resolved = await ComplaintApi.ResolvedAsync(App);
        App.Clock.MoveTo(Desk(2027, 3, 16, 9, 0));
        var young = await ComplaintApi.InStatusAsync(App, "Investigated");
        App.Clock.MoveTo(Desk(2027, 4, 15, 10, 1));

        await ApplyOneMonthRuleAsync();
        await ApplyOneMonthRuleAsync();

        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        Assert.Equal("Major", (await ReadAsync(agent, open)).Text("severity"));
        Assert.Equal("Executive", (await ReadAsync(agent, open)).Text("ownerRole"));
        Assert.Equal("General", (await ReadAsync(agent, young)).Text("severity"));
        Assert.Equal("General", (await ReadAsync(agent, resolved)).Text("severity"));
        var rises = (await ComplaintApi.OutboxAsync(App)).Where(e => e.Type == typeof(ComplaintSeverityRaised).FullName).Select(e => e.Payload).ToList();
        Assert.Equal([open.Id()], rises.Select(r => r.GetProperty("complaintId").GetGuid()));
        Assert.All(rises, r => Assert.Equal("OpenOneMonth", r.Text("cause")));
        Assert.All(rises, r => Assert.Equal("system", r.Text("actor")));
    }

    [Fact]
    public async Task The_one_month_rule_reads_a_complaint_changed_meanwhile_again_and_makes_it_major_once()
    {
        App.Clock.MoveTo(Desk(2027, 3, 15, 10, 0));
        var complaint = await ComplaintApi.InStatusAsync(App, "Investigated");
        App.Clock.MoveTo(Desk(2027, 4, 15, 10, 1));
        await ComplaintApi.EventsDeliveredAsync(App);

        await App.WhileAnotherSessionChangesAsync($"UPDATE complaints.complaints SET severity = severity WHERE id = '{complaint.Id()}'", async () =>
        {
            await ApplyOneMonthRuleAsync();
            return true;
        });

        Assert.Equal("Major", (await ReadAsync(await App.SignedInAsAsync(StaffRole.Agent), complaint)).Text("severity"));
        Assert.Single(await ComplaintApi.OutboxAsync(App), e => e.Type == typeof(ComplaintSeverityRaised).FullName);
    }

    [Fact]
    public async Task A_complaint_the_one_month_rule_cannot_save_leaves_the_others_made_major()
    {
        App.Clock.MoveTo(Desk(2027, 3, 15, 10, 0));
        var refused = await ComplaintApi.InStatusAsync(App, "Investigated");
        var other = await ComplaintApi.InStatusAsync(App, "Investigated");
        App.Clock.MoveTo(Desk(2027, 4, 15, 10, 1));
        await ComplaintApi.EventsDeliveredAsync(App);
        await using var connection = await App.OpenConnectionAsync();
        await ExecuteAsync(connection, $"""
            CREATE FUNCTION complaints.refuse_one() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'refused'; END $$;
            CREATE TRIGGER refuse_one BEFORE UPDATE ON complaints.complaints
                FOR EACH ROW WHEN (OLD.id = '{refused.Id()}') EXECUTE FUNCTION complaints.refuse_one();
            """);
        try
        {
            await ApplyOneMonthRuleAsync();
        }
        finally
        {
            await ExecuteAsync(connection, "DROP TRIGGER refuse_one ON complaints.complaints; DROP FUNCTION complaints.refuse_one();");
        }

        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        Assert.Equal("General", (await ReadAsync(agent, refused)).Text("severity"));
        Assert.Equal("Major", (await ReadAsync(agent, other)).Text("severity"));
    }

    [Theory]
    [InlineData(2027, 28)]
    [InlineData(2028, 29)]
    public async Task A_complaint_registered_on_31_January_becomes_major_on_the_last_day_of_February(int year, int lastDayOfFebruary)
    {
        App.Clock.MoveTo(Desk(year, 1, 31, 10, 0));
        var complaint = await ComplaintApi.InStatusAsync(App, "Investigated");

        App.Clock.MoveTo(Desk(year, 2, lastDayOfFebruary, 9, 58));
        await ApplyOneMonthRuleAsync();
        Assert.Equal("General", (await ReadAsync(await App.SignedInAsAsync(StaffRole.Agent), complaint)).Text("severity"));

        App.Clock.MoveTo(Desk(year, 2, lastDayOfFebruary, 10, 1));
        await ApplyOneMonthRuleAsync();
        Assert.Equal("Major", (await ReadAsync(await App.SignedInAsAsync(StaffRole.Agent), complaint)).Text("severity"));
    }

    [Fact]
    public async Task A_communication_complaint_is_not_made_major_by_time()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)));
        await ComplaintApi.SteppedAsync(agent, complaint, "investigate",
            new { findings = "业主咨询维修进度", validity = "Enquiry", validityReason = "属于咨询", rootCause = "Miscommunication" });
        App.Clock.Advance(TimeSpan.FromDays(31));

        await ApplyOneMonthRuleAsync();

        Assert.Equal("General", (await ReadAsync(await App.SignedInAsAsync(StaffRole.Agent), complaint)).Text("severity"));
    }

    private async Task ApplyOneMonthRuleAsync()
    {
        await ComplaintApi.EventsDeliveredAsync(App);
        await using var scope = App.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ApplyOneMonthRule())).IsSuccess);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static DateTimeOffset Desk(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static async Task<JsonElement> ReadAsync(HttpClient caller, JsonElement complaint) =>
        await (await caller.GetAsync($"/api/v1/complaints/{complaint.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
}
