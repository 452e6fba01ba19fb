using System.Net;
using System.Text.RegularExpressions;
using Huiyin.Complaints.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Complaints.Tests;

[Collection(ApiCollection.Name)]
public sealed class IntakeTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_complaint_gets_a_days_number_a_general_severity_with_its_reason_a_supervisor_owner_and_its_clocks()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await ComplaintApi.CustomerAsync(App);
        var before = App.Clock.GetUtcNow();

        var response = await ComplaintApi.RegisterAsync(agent, ComplaintApi.Body(customer));
        var second = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(customer).With("notSameMatter", true));

        var complaint = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/complaints/{complaint.Id()}", response.Headers.Location!.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        var number = complaint.Text("number");
        Assert.Matches(new Regex(@"^C-\d{8}-0001$"), number);
        Assert.Equal(number[..^4] + "0002", second.Text("number"));
        Assert.Equal("Registered", complaint.Text("status"));
        Assert.Equal("Undetermined", complaint.Text("validity"));
        Assert.Equal("General", complaint.Text("severity"));
        Assert.Equal("Supervisor", complaint.Text("ownerRole"));
        Assert.Equal("王建国", complaint.Text("customerName"));
        Assert.Equal("Direct", complaint.Text("source"));
        var reason = Assert.Single(complaint.GetProperty("severityReasons").EnumerateArray());
        Assert.Equal("NoAggravatingFact", reason.Text("rule"));
        Assert.Contains("general", reason.Text("text"));
        var sla = complaint.GetProperty("sla");
        Assert.InRange(sla.GetProperty("firstContactDueAt").GetDateTimeOffset() - before, TimeSpan.FromHours(3) - TimeSpan.FromSeconds(1), TimeSpan.FromHours(3) + TimeSpan.FromMinutes(1));
        Assert.InRange(sla.GetProperty("resolutionDueAt").GetDateTimeOffset() - before, TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1), TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var inChinese = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/complaints/{complaint.Id()}");
        inChinese.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var read = await (await agent.SendAsync(inChinese)).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal("无重要或重大情形（索赔 5000 元及以下）：一般投诉", read.GetProperty("severityReasons")[0].Text("text"));
        Assert.InRange(read.GetProperty("sla").GetProperty("resolutionDueAt").GetDateTimeOffset() - sla.GetProperty("resolutionDueAt").GetDateTimeOffset(),
            -TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(1));
        Assert.Equal("一般投诉", read.GetProperty("sla").Text("policy"));
    }

    public static TheoryData<int?, double?, bool, bool, string, string[]> Rules => new()
    {
        { 4, null, false, false, "General", ["NoAggravatingFact"] },
        { 5, null, false, false, "Important", ["FiveToNineHouseholds"] },
        { 9, null, false, false, "Important", ["FiveToNineHouseholds"] },
        { 10, null, false, false, "Major", ["TenOrMoreHouseholds"] },
        { null, 5000, false, false, "General", ["NoAggravatingFact"] },
        { null, 5000.01, false, false, "Important", ["CompensationOver5000"] },
        { null, 49999.99, false, false, "Important", ["CompensationOver5000"] },
        { null, 50000, false, false, "Major", ["CompensationFrom50000"] },
        { null, 50000.01, false, false, "Major", ["CompensationFrom50000"] },
        { null, null, true, false, "Important", ["LawsuitOrMedia"] },
        { null, null, false, true, "Major", ["InjuryOrHeavyLoss"] },
        { 12, 6000, true, false, "Major", ["TenOrMoreHouseholds", "CompensationOver5000", "LawsuitOrMedia"] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task The_severity_follows_the_rule_table_with_the_rules_that_applied_and_the_owner_by_severity(
        int? households, double? compensation, bool lawsuitOrMedia, bool injuryOrHeavyLoss, string severity, string[] rules)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var body = ComplaintApi.Body(await ComplaintApi.CustomerAsync(App))
            .With("householdsAffected", households).With("compensationClaimed", (decimal?)compensation)
            .With("lawsuitOrMedia", lawsuitOrMedia).With("injuryOrHeavyLoss", injuryOrHeavyLoss);

        var complaint = await ComplaintApi.RegisteredAsync(agent, body);

        Assert.Equal(severity, complaint.Text("severity"));
        Assert.Equal(severity, complaint.Text("ruleSeverity"));
        Assert.Equal(rules, complaint.GetProperty("severityReasons").EnumerateArray().Select(r => r.Text("rule")));
        var owner = severity switch { "General" => "Supervisor", "Important" => "Manager", _ => "Executive" };
        Assert.Equal(owner, complaint.Text("ownerRole"));
        var hours = severity == "General" ? 24 : 48;
        Assert.InRange(complaint.GetProperty("sla").GetProperty("resolutionDueAt").GetDateTimeOffset() - App.Clock.GetUtcNow(),
            TimeSpan.FromHours(hours) - TimeSpan.FromMinutes(1), TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(1));
    }

    [Theory]
    [InlineData("description", "", "description")]
    [InlineData("householdsAffected", 0, "householdsAffected")]
    [InlineData("compensationClaimed", -1, "compensationClaimed")]
    [InlineData("compensationClaimed", 10.001, "compensationClaimed")]
    [InlineData("channel", "Pigeon", "channel")]
    [InlineData("targetDepartment", null, "targetDepartment")]
    [InlineData("targetStaffId", "7f000000-0000-7000-8000-000000000001", "targetStaffId")]
    public async Task Bad_input_is_a_400_naming_the_field(string field, object? value, string named)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var body = ComplaintApi.Body(await ComplaintApi.CustomerAsync(App)).With(field, value);

        await (await ComplaintApi.RegisterAsync(agent, body)).ShouldBeValidationProblemForAsync(named);
        Assert.Empty(await ComplaintApi.OutboxAsync(App));
    }

    [Fact]
    public async Task A_complaint_received_earlier_starts_its_clocks_then_but_not_more_than_a_week_ago_nor_in_the_future()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await ComplaintApi.CustomerAsync(App);
        var receivedAt = App.Clock.GetUtcNow().AddHours(-5);

        var late = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(customer).With("receivedAt", receivedAt));
        var tooOld = await ComplaintApi.RegisterAsync(agent, ComplaintApi.Body(customer).With("notSameMatter", true).With("receivedAt", App.Clock.GetUtcNow().AddDays(-8)));
        var future = await ComplaintApi.RegisterAsync(agent, ComplaintApi.Body(customer).With("notSameMatter", true).With("receivedAt", App.Clock.GetUtcNow().AddHours(1)));

        Assert.Equal(receivedAt.AddHours(3), late.GetProperty("sla").GetProperty("firstContactDueAt").GetDateTimeOffset(), TimeSpan.FromSeconds(1));
        await tooOld.ShouldBeValidationProblemForAsync("receivedAt");
        await future.ShouldBeValidationProblemForAsync("receivedAt");
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM complaints.complaints"));
    }

    [Fact]
    public async Task A_staff_target_must_exist_and_brings_the_staff_members_name_and_an_unknown_customer_is_refused()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await ComplaintApi.CustomerAsync(App);
        var technician = await App.ProvisionAsync("tech.water", StaffRole.Technician);
        var staffBody = ComplaintApi.Body(customer).With("targetKind", "Staff").With("targetDepartment", null);

        var missingStaff = await ComplaintApi.RegisterAsync(agent, staffBody);
        var unknownStaff = await ComplaintApi.RegisterAsync(agent, staffBody.With("targetStaffId", Guid.NewGuid()));
        var unknownCustomer = await ComplaintApi.RegisterAsync(agent, ComplaintApi.Body(Guid.NewGuid()));
        var known = await ComplaintApi.RegisteredAsync(agent, staffBody.With("targetStaffId", technician));

        await missingStaff.ShouldBeValidationProblemForAsync("targetStaffId");
        await unknownStaff.ShouldBeValidationProblemForAsync("targetStaffId");
        Assert.Equal("unknown_customer", (await unknownCustomer.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errorCodes").GetProperty("customerId")[0].GetString());
        Assert.Equal(technician, known.GetProperty("targetStaffId").GetGuid());
        Assert.Equal("Test tech.water", known.Text("targetName"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM complaints.complaints"));
    }

    [Fact]
    public async Task Registering_publishes_who_took_it_the_customer_the_target_and_the_severity()
    {
        var agentId = await App.ProvisionAsync("agent.li", StaffRole.Agent);
        var agent = await App.SignedInAsAsync("agent.li");
        var technician = await App.ProvisionAsync("tech.water", StaffRole.Technician);
        var customer = await ComplaintApi.CustomerAsync(App);

        var complaint = await ComplaintApi.RegisteredAsync(agent, ComplaintApi.Body(customer)
            .With("targetKind", "Staff").With("targetStaffId", technician).With("householdsAffected", 6));

        var (type, payload) = Assert.Single(await ComplaintApi.OutboxAsync(App));
        Assert.Equal(typeof(ComplaintRegistered).FullName, type);
        Assert.Equal(complaint.Id(), payload.GetProperty("complaintId").GetGuid());
        Assert.Equal(agentId, payload.GetProperty("receivedById").GetGuid());
        Assert.Equal(customer, payload.GetProperty("customerId").GetGuid());
        Assert.Equal(technician, payload.GetProperty("targetStaffId").GetGuid());
        Assert.Equal("Important", payload.Text("severity"));
        Assert.Equal("Manager", payload.Text("ownerRole"));
        Assert.Equal(["FiveToNineHouseholds"], payload.GetProperty("severityRules").EnumerateArray().Select(r => r.GetString()));
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
