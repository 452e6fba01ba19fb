using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Huiyin.Notifications.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Npgsql;
using static Huiyin.Api.Tests.Audit.AuditTrailReading;

namespace Huiyin.Api.Tests.Audit;

[Collection(ApiCollection.Name)]
public sealed class AuditTrailTests(HuiyinApp app) : HuiyinTest(app)
{
    private const string Template = "/api/v1/notifications/templates/" + SmsTemplates.UnreachableApology;
    private const string NewBody = "{customerName}您好，{company}联系您未果，请回电{hotline}。";

    [Fact]
    public async Task Editing_a_message_template_records_its_body_before_and_after()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var before = await (await admin.GetAsync(Template)).ShouldBeJsonAsync(HttpStatusCode.OK);

        await (await EditTemplateAsync(admin)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var record = await SingleAsync(admin, "UpdateTemplate");
        Assert.Equal(before.GetProperty("body").GetString(), Row(record, "before").GetProperty("body").GetString());
        Assert.Equal(NewBody, Row(record, "after").GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_managers_new_sla_calendar_is_recorded_under_the_manager()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var managerId = await App.ProvisionAsync("test-manager", StaffRole.Manager);
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var created = await (await manager.PostAsJsonAsync("/api/v1/sla/calendars", new
        {
            name = "物业办公时间", weeklyHours = new[] { new { day = "Monday", from = "08:30", to = "17:30" } },
        })).ShouldBeJsonAsync(HttpStatusCode.Created);

        var record = await SingleAsync(admin, "CreateCalendar");
        Assert.Equal(managerId, record.GetProperty("actorId").GetGuid());
        Assert.Equal(created.GetProperty("id").GetGuid().ToString(), record.GetProperty("targetId").GetString());
        Assert.Contains("物业办公时间", record.GetProperty("after").ToString());
    }

    [Fact]
    public async Task Only_admins_and_the_executive_who_reads_everything_read_the_trail()
    {
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var executive = await App.SignedInAsAsync(StaffRole.Executive);

        await (await executive.GetAsync("/api/v1/audit")).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await executive.GetAsync("/api/v1/notifications/messages")).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await manager.GetAsync("/api/v1/audit")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await App.CreateClient().GetAsync("/api/v1/audit")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_a_record()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        await (await EditTemplateAsync(admin)).ShouldBeJsonAsync(HttpStatusCode.OK);
        await using var connection = await App.OpenConnectionAsync();

        foreach (var sql in new[] { "UPDATE platform.audit_records SET operation = 'Nothing'", "DELETE FROM platform.audit_records" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }

        Assert.Equal("UpdateTemplate", (await SingleAsync(admin, "UpdateTemplate")).GetProperty("operation").GetString());
    }

    [Fact]
    public async Task A_change_whose_record_cannot_be_written_is_not_saved_either()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var before = await (await admin.GetAsync(Template)).ShouldBeJsonAsync(HttpStatusCode.OK);
        await RunSqlAsync("""
            CREATE FUNCTION platform.refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no room'; END $$;
            CREATE TRIGGER audit_records_full BEFORE INSERT ON platform.audit_records FOR EACH ROW EXECUTE FUNCTION platform.refuse_insert();
            """);
        try
        {
            await (await EditTemplateAsync(admin)).ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
        }
        finally
        {
            await RunSqlAsync("DROP TRIGGER audit_records_full ON platform.audit_records; DROP FUNCTION platform.refuse_insert();");
        }

        var after = await (await admin.GetAsync(Template)).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(before.GetProperty("body").GetString(), after.GetProperty("body").GetString());
        Assert.Equal(0, await CountAsync(App));
    }

    [Fact]
    public async Task Records_are_filtered_by_operation_actor_and_time()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var adminId = await App.ProvisionAsync("test-admin", StaffRole.Admin);
        await (await admin.PostAsJsonAsync("/api/v1/teams", new { name = "工程部" })).ShouldBeJsonAsync(HttpStatusCode.Created);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var later = App.Clock.GetUtcNow();
        await (await EditTemplateAsync(admin)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var byOperation = await RecordsAsync(admin, "?operation=CreateTeam");
        var byActor = await RecordsAsync(admin, $"?actorId={adminId}");
        var byOtherActor = await RecordsAsync(admin, $"?actorId={Guid.NewGuid()}");
        var sinceLater = await RecordsAsync(admin, $"?from={Uri.EscapeDataString(later.ToString("O"))}");
        var page = await (await admin.GetAsync("/api/v1/audit?limit=1")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var next = await RecordsAsync(admin, $"?limit=1&cursor={page.GetProperty("nextCursor").GetString()}");

        Assert.Equal(["CreateTeam"], byOperation.Select(r => r.GetProperty("operation").GetString()));
        Assert.Equal(["UpdateTemplate", "CreateTeam"], byActor.Select(r => r.GetProperty("operation").GetString()));
        Assert.Empty(byOtherActor);
        Assert.Equal(["UpdateTemplate"], sinceLater.Select(r => r.GetProperty("operation").GetString()));
        Assert.Equal("UpdateTemplate", page.GetProperty("items")[0].GetProperty("operation").GetString());
        Assert.Equal(["CreateTeam"], next.Select(r => r.GetProperty("operation").GetString()));
    }

    [Fact]
    public async Task Bad_filters_are_400_naming_the_field()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        await (await admin.GetAsync("/api/v1/audit?limit=0")).ShouldBeValidationProblemForAsync("limit");
        await (await admin.GetAsync("/api/v1/audit?cursor=nonsense")).ShouldBeValidationProblemForAsync("cursor");
        await (await admin.GetAsync("/api/v1/audit?format=pdf")).ShouldBeValidationProblemForAsync("format");
        await (await admin.GetAsync("/api/v1/audit?from=2027-01-02T00:00:00Z&to=2027-01-01T00:00:00Z")).ShouldBeValidationProblemForAsync("to");
    }

    [Fact]
    public async Task The_trail_is_exported_as_a_csv_attachment_of_the_matching_records()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        await (await admin.PostAsJsonAsync("/api/v1/teams", new { name = "工程部" })).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await EditTemplateAsync(admin)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/audit?operation=CreateTeam");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await admin.SendAsync(request);
        var byFormat = await admin.GetAsync("/api/v1/audit?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("at,actorKind,actorId,actorName", lines[0]);
        var row = Assert.Single(lines[1..]);
        Assert.Contains(",CreateTeam,", row);
        Assert.Contains("工程部", row);
        Assert.Equal(3, (await byFormat.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static async Task<HttpResponseMessage> EditTemplateAsync(HttpClient admin)
    {
        var etag = (await admin.GetAsync(Template)).Headers.ETag!.Tag;
        return await admin.SendAsync(Put(Template, new { body = NewBody }, etag));
    }

    private async Task RunSqlAsync(string sql)
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
