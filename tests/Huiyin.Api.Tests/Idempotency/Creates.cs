using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.TestKit;

namespace Huiyin.Api.Tests.Idempotency;

/// <summary>A create of one resource: a body, another body, a body refused with a 400, and the table its rows land in.</summary>
internal sealed record Create(string Path, object Body, object OtherBody, object BadBody, string Table)
{
    public static async Task<Create> OfAsync(string resource, HttpClient caller) => resource switch
    {
        "customers" => new("/api/v1/customers", Customer("王建国"), Customer("李秀英"), new { type = "Owner", phones = new[] { "13800138000" } }, "customers.customers"),
        "tickets" => await TicketAsync(caller),
        "complaints" => await ComplaintAsync(caller),
        "staff" => new("/api/v1/staff", Staff("李华"), Staff("李小华"), new { username = "li.hua", displayName = "李华", password = "Strong-pass-8", roles = new[] { "Cleaner" } },
            "organization.staff_members"),
        "policies" => new("/api/v1/sla/policies", Policy("电梯困人"), Policy("电梯故障"), new { name = "", order = 1, firstContact = "PT15M", resolution = "PT4H" }, "sla.policies"),
        _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "No such create in these tests."),
    };

    public Task<HttpResponseMessage> SendAsync(HttpClient caller, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return caller.SendAsync(request);
    }

    private static object Customer(string name) =>
        new { type = "Owner", name, phones = new[] { "13800138000" }, allowDuplicate = true, duplicateReason = "同名业主" };

    private static object Staff(string displayName) =>
        new { username = "li.hua", displayName, password = "Strong-pass-8", roles = new[] { "Agent" } };

    private static object Policy(string name) =>
        new { name, order = 1, match = new { workType = "Ticket", category = "lift" }, firstContact = "PT15M", resolution = "PT4H" };

    private static async Task<Create> TicketAsync(HttpClient caller)
    {
        var customer = await (await caller.PostAsJsonAsync("/api/v1/customers", Customer("王建国"))).ShouldBeJsonAsync(HttpStatusCode.Created);
        var customerId = customer.GetProperty("id").GetGuid();
        return new("/api/v1/tickets", Ticket(customerId, "Plumbing"), Ticket(customerId, "Electrical"), new { kind = "Repair", customerId }, "tickets.tickets");
    }

    private static async Task<Create> ComplaintAsync(HttpClient caller)
    {
        var customer = await (await caller.PostAsJsonAsync("/api/v1/customers", Customer("王建国"))).ShouldBeJsonAsync(HttpStatusCode.Created);
        var customerId = customer.GetProperty("id").GetGuid();
        return new("/api/v1/complaints", Complaint(customerId, "Service"), Complaint(customerId, "Fees"), new { channel = "Phone", customerId }, "complaints.complaints");
    }

    private static object Complaint(Guid customerId, string category) =>
        new { channel = "Phone", customerId, category, targetKind = "Department", targetDepartment = "客服部", description = "前台人员态度恶劣" };

    private static object Ticket(Guid customerId, string category) =>
        new { kind = "Repair", channel = "Phone", customerId, category, description = "厨房水槽下水管漏水" };
}

internal static class Replays
{
    public static bool IsReplay(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Single() == "true";

    public static async Task<string> CodeAsync(this HttpResponseMessage response, HttpStatusCode status) =>
        (await response.ShouldBeProblemAsync(status)).GetProperty("code").GetString()!;

    public static Guid Id(this JsonElement resource) => resource.GetProperty("id").GetGuid();
}
