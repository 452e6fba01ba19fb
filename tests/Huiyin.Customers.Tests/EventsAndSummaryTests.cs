using System.Net;
using Huiyin.Customers.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Customers.Tests;

[Collection(ApiCollection.Name)]
public sealed class EventsAndSummaryTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task Registering_and_archiving_publish_their_events_through_the_outbox()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var id = (await CustomerData.CreateAsync(agent, CustomerData.Person("郭靖", "13655556666"))).GetProperty("id").GetGuid();
        await (await agent.PostAsync($"/api/v1/customers/{id}/archive", null)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var types = await OutboxTypesAsync(App);

        Assert.Equal([typeof(CustomerRegistered).FullName!, typeof(CustomerArchived).FullName!], types);
    }

    [Fact]
    public async Task An_update_publishes_the_changed_fields_and_a_persons_vip_flag_changes_the_tier()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var id = (await CustomerData.CreateAsync(agent, CustomerData.Person("洪七", "13611112222"))).GetProperty("id").GetGuid();
        var etag = (await agent.GetAsync($"/api/v1/customers/{id}")).Headers.ETag!.Tag;
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{id}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { type = "Owner", name = "洪七公", phones = new[] { "13611112222" }, vip = true }),
        };
        request.Headers.IfMatch.ParseAdd(etag);

        await (await agent.SendAsync(request)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var payloads = await OutboxPayloadsAsync(App);
        var updated = System.Text.Json.JsonDocument.Parse(Assert.Single(payloads, p => p.Type == typeof(CustomerUpdated).FullName).Payload).RootElement;
        Assert.Equal(new HashSet<string?> { "name", "vip", "tier", "addresses" }, updated.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()).ToHashSet());
        var tier = System.Text.Json.JsonDocument.Parse(Assert.Single(payloads, p => p.Type == typeof(CustomerTierChanged).FullName).Payload).RootElement;
        Assert.Equal(2, tier.GetProperty("previousTier").GetInt32());
        Assert.Equal(1, tier.GetProperty("tier").GetInt32());
    }

    [Fact]
    public async Task Other_modules_read_a_customers_summary_and_null_for_an_unknown_id()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var created = await CustomerData.CreateAsync(agent, CustomerData.Person("黄蓉", "+86 137 7777 8888", vip: true));
        await using var scope = App.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

        var summary = await mediator.Send(new GetCustomerSummary(created.GetProperty("id").GetGuid()));
        var unknown = await mediator.Send(new GetCustomerSummary(Guid.NewGuid()));

        Assert.Equal(new CustomerSummary(created.GetProperty("id").GetGuid(), created.GetProperty("number").GetString()!, "黄蓉", "13777778888", 1, true, false), summary);
        Assert.Null(unknown);
    }

    [Theory]
    [InlineData(true, new[] { "021-6543 2100", "13912345678" }, "13912345678")]
    [InlineData(false, new[] { "13912345678" }, null)]
    [InlineData(true, new[] { "021-6543 2100" }, null)]
    public async Task A_summary_gives_the_first_mobile_to_text_only_when_the_customer_agreed_to_text_messages(bool smsConsent, string[] phones, string? textMobile)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var created = await CustomerData.CreateAsync(agent, new { type = "Owner", name = "穆念慈", phones, smsConsent });
        await using var scope = App.Services.CreateAsyncScope();

        var summary = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetCustomerSummary(created.GetProperty("id").GetGuid()));

        Assert.Equal(textMobile, summary!.TextMobile);
    }

    internal static async Task<List<string>> OutboxTypesAsync(HuiyinApp app) =>
        (await OutboxPayloadsAsync(app)).Select(m => m.Type).ToList();

    private static async Task<List<(string Type, string Payload)>> OutboxPayloadsAsync(HuiyinApp app)
    {
        await using var connection = await app.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, payload FROM customers.outbox_messages ORDER BY occurred_at, id";
        await using var reader = await command.ExecuteReaderAsync();
        var messages = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            messages.Add((reader.GetString(0), reader.GetString(1)));
        }

        return messages;
    }
}
