using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Knowledge.Tests;

[Collection(ApiCollection.Name)]
public sealed class ForbiddenPhraseTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_contact_note_with_a_forbidden_phrase_is_saved_and_answered_with_a_warning_naming_it()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var ticket = await TicketAsync(agent);

        var flagged = await (await LogContactAsync(agent, ticket, "告诉业主我不清楚，让他找开发商")).ShouldBeJsonAsync(HttpStatusCode.Created);
        var clean = await (await LogContactAsync(agent, ticket, "已向业主说明原因，约定明天上午处理")).ShouldBeJsonAsync(HttpStatusCode.Created);
        var log = await (await agent.GetAsync($"/api/v1/tickets/{ticket}/contacts")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["我不清楚", "找开发商"], Warnings(flagged));
        Assert.Empty(Warnings(clean));
        Assert.Equal([["我不清楚", "找开发商"], []], log.GetProperty("items").EnumerateArray().Select(Warnings));
        Assert.Equal(2, await App.CountAsync("SELECT count(*) FROM tickets.contacts"));
    }

    [Fact]
    public async Task A_long_contact_log_flags_each_note_with_its_own_phrases()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var ticket = await TicketAsync(agent);
        string[] notes = ["已约定上门时间", "不行，我现在很忙", "业主说改天再联系", "这个找开发商", "已处理完毕"];
        foreach (var note in notes)
        {
            await (await LogContactAsync(agent, ticket, note)).ShouldBeJsonAsync(HttpStatusCode.Created);
        }

        var log = await (await agent.GetAsync($"/api/v1/tickets/{ticket}/contacts")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(notes, log.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("note").GetString()!));
        Assert.Equal([[], ["不行", "我现在很忙"], [], ["找开发商"], []], log.GetProperty("items").EnumerateArray().Select(Warnings));
    }

    [Fact]
    public async Task An_admin_keeps_the_list_and_notes_are_checked_against_the_new_one()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var seeded = await (await agent.GetAsync("/api/v1/knowledge/forbidden-phrases")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var byAgent = await agent.PutAsJsonAsync("/api/v1/knowledge/forbidden-phrases", new { phrases = new[] { "不行" } });
        await (await admin.PutAsJsonAsync("/api/v1/knowledge/forbidden-phrases", new { phrases = new[] { "没办法", "随便" } })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var ticket = await TicketAsync(agent);
        var flagged = await (await LogContactAsync(agent, ticket, "不知道，随便吧")).ShouldBeJsonAsync(HttpStatusCode.Created);

        Assert.Equal(["不知道", "不行", "我现在很忙", "我不清楚", "找开发商", "没办法"], seeded.GetProperty("items").EnumerateArray().Select(p => p.GetString()!));
        Assert.Equal(HttpStatusCode.Forbidden, byAgent.StatusCode);
        Assert.Equal(["随便"], Warnings(flagged));
    }

    [Fact]
    public async Task A_list_with_a_blank_or_repeated_phrase_is_refused_naming_the_field_and_the_old_list_kept()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        await (await admin.PutAsJsonAsync("/api/v1/knowledge/forbidden-phrases", new { phrases = new[] { "不行", " " } })).ShouldBeValidationProblemForAsync("phrases[1]");
        await (await admin.PutAsJsonAsync("/api/v1/knowledge/forbidden-phrases", new { phrases = new[] { "不行", "不行" } })).ShouldBeValidationProblemForAsync("phrases");

        Assert.Equal(6, await App.CountAsync("SELECT count(*) FROM knowledge.forbidden_phrases"));
    }

    private static string[] Warnings(JsonElement contact) => [.. contact.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!)];

    private static Task<HttpResponseMessage> LogContactAsync(HttpClient agent, Guid ticket, string note) =>
        agent.PostAsJsonAsync($"/api/v1/tickets/{ticket}/contacts", new { method = "Phone", outcome = "Reached", note });

    private static async Task<Guid> TicketAsync(HttpClient agent)
    {
        var customer = await (await agent.PostAsJsonAsync("/api/v1/customers",
                new { type = "Owner", name = "张丽", phones = new[] { "13900139000" }, allowDuplicate = true, duplicateReason = "同名业主" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var ticket = await (await agent.PostAsJsonAsync("/api/v1/tickets", new
        {
            kind = "Repair", channel = "Phone", customerId = customer.Id(), category = "Plumbing", description = "厨房水管漏水",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        return ticket.Id();
    }
}
