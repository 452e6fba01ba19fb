using System.Net;
using Huiyin.Callbacks.Contracts;
using Huiyin.Customers.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Callbacks.Tests;

/// <summary>An archived customer is no longer called: their open callbacks are cancelled with their clocks; closed ones stay as they were.</summary>
[Collection(ApiCollection.Name)]
public sealed class ArchivedCustomerTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task An_archived_customers_open_callbacks_are_cancelled_with_their_clocks_and_a_reached_one_stays_done()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await CallbackApi.CustomerAsync(App);
        var open = await CallbackApi.RequestedAsync(agent, customer, DateTimeOffset.UtcNow.AddDays(1));
        var reached = await CallbackApi.RequestedAsync(agent, customer, DateTimeOffset.UtcNow.AddDays(2));
        await (await CallbackApi.AttemptAsync(agent, reached.Id(), new { outcome = "Reached", satisfaction = 5 })).ShouldBeJsonAsync(HttpStatusCode.Created);

        await App.DeliverAsync(new CustomerArchived(customer, DateTimeOffset.UtcNow));

        var listed = (await CallbackApi.ListAsync(await App.SignedInAsAsync(StaffRole.Manager))).ToDictionary(c => c.Id(), c => c.Text("status"));
        Assert.Equal("Cancelled", listed[open.Id()]);
        Assert.Equal("Done", listed[reached.Id()]);
        Assert.StartsWith("Stopped", await CallbackApi.ClockStatusAsync(App, open.Id()));
        Assert.StartsWith("Fulfilled", await CallbackApi.ClockStatusAsync(App, reached.Id()));
        var cancelled = Assert.Single(await CallbackApi.OutboxAsync(App), e => e.Type == typeof(CallbackCancelled).FullName).Payload;
        Assert.Equal((open.Id(), customer, "customer-archived"),
            (cancelled.GetProperty("callbackId").GetGuid(), cancelled.GetProperty("customerId").GetGuid(), cancelled.Text("cause")));
        Assert.Empty(await CallbackApi.ListAsync(agent, "due=upcoming"));
    }

    [Fact]
    public async Task A_cancelled_callback_takes_no_attempt()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customer = await CallbackApi.CustomerAsync(App);
        var open = await CallbackApi.RequestedAsync(agent, customer, DateTimeOffset.UtcNow.AddDays(1));
        await App.DeliverAsync(new CustomerArchived(customer, DateTimeOffset.UtcNow));

        var attempt = await CallbackApi.AttemptAsync(agent, open.Id(), new { outcome = "Reached", satisfaction = 4 });

        Assert.Equal("illegal_transition", (await attempt.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Text("code"));
    }
}
