using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Tickets.Tests;

/// <summary>
/// A drill policy in seconds for the desk's own clocks (acknowledgement 5 s, hand-off 8 s, first contact 10 s, resolution 20 s),
/// a customer who may or may not have agreed to text messages, and the calls the desk tests share.
/// </summary>
internal static class DeskDrill
{
    public static async Task<(HttpClient Agent, JsonElement Ticket)> TicketAsync(TicketsApp app, bool smsConsent = false)
    {
        var manager = await app.SignedInAsAsync(StaffRole.Manager);
        await (await manager.PostAsJsonAsync("/api/v1/sla/policies", new
        {
            name = "前台演练", order = 0, match = new { workType = "Ticket", category = "Lift" },
            firstContact = "PT10S", resolution = "PT20S", acknowledgement = "PT5S", handoff = "PT8S",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var agent = await app.SignedInAsAsync(StaffRole.Agent);
        var customer = await (await agent.PostAsJsonAsync("/api/v1/customers", new
        {
            type = "Owner", name = "刘思远", phones = new[] { "13911112222" }, smsConsent, allowDuplicate = true, duplicateReason = "test",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var ticket = await TicketApi.CreateAsync(agent, TicketApi.Repair(customer.Id(), category: "Lift"));
        return (agent, ticket);
    }

    public static JsonElement Sla(this JsonElement ticket) => ticket.GetProperty("sla");

    /// <summary>The timeline's clock lines as metric and event (<c>Handoff.Fulfilled</c>) with their level and cause.</summary>
    public static async Task<IReadOnlyList<(string Event, int? Level, string Cause)>> ClockLinesAsync(HttpClient client, JsonElement ticket)
    {
        var timeline = await (await client.GetAsync($"/api/v1/tickets/{ticket.Id()}/timeline")).ShouldBeJsonAsync(HttpStatusCode.OK);
        return timeline.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("source").GetString() == "clock")
            .Select(i => ($"{i.GetProperty("metric").GetString()}.{i.GetProperty("clockEvent").GetString()}",
                i.GetProperty("escalationLevel").ValueKind == JsonValueKind.Number ? i.GetProperty("escalationLevel").GetInt32() : (int?)null,
                i.GetProperty("args").GetProperty("cause").GetString()!))
            .ToList();
    }
}
