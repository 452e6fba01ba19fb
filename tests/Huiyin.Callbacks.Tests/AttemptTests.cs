using System.Net;
using System.Text.Json;
using Huiyin.Callbacks.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Callbacks.Tests;

[Collection(ApiCollection.Name)]
public sealed class AttemptTests(HuiyinApp app) : HuiyinTest(app)
{
    // Friday 8 January 2027 at the desk; the next working day is Monday the 11th.
    private static readonly DateTimeOffset FridayMorning = CallbackApi.Local(2027, 1, 8, 10);

    [Fact]
    public async Task An_unreachable_customer_is_tried_in_the_afternoon_then_the_evening_and_the_third_failure_closes_the_callback()
    {
        App.SetNow(FridayMorning.AddHours(-2));
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var callback = await CallbackApi.RequestedAsync(agent, await CallbackApi.CustomerAsync(App), CallbackApi.Local(2027, 1, 8, 21));

        var first = await UnreachableAtAsync(callback.Id(), FridayMorning);
        var second = await UnreachableAtAsync(callback.Id(), CallbackApi.Local(2027, 1, 8, 15));
        var third = await UnreachableAtAsync(callback.Id(), CallbackApi.Local(2027, 1, 8, 19, 30));
        var fourth = await CallbackApi.AttemptAsync(await App.SignedInAsAsync(StaffRole.Agent), callback.Id(), new { outcome = "Reached", satisfaction = 5 });

        Assert.Equal(("Retrying", CallbackApi.Local(2027, 1, 8, 14)), (first.Text("status"), first.Time("callAt")));
        Assert.Equal(("Retrying", CallbackApi.Local(2027, 1, 8, 19)), (second.Text("status"), second.Time("callAt")));
        Assert.Equal("Unreachable", third.Text("status"));
        Assert.Equal(["Morning", "Afternoon", "Evening"], third.GetProperty("attempts").EnumerateArray().Select(a => a.Text("timeOfDay")));
        var conflict = await fourth.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("illegal_transition", conflict.Text("code"));
        Assert.StartsWith("Stopped", await CallbackApi.ClockStatusAsync(App, callback.Id()));
        var failed = Assert.Single(await CallbackApi.OutboxAsync(App), e => e.Type == typeof(CallbackFailed).FullName).Payload;
        Assert.Equal(3, failed.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task An_evening_failure_is_tried_again_on_the_next_working_morning()
    {
        App.SetNow(FridayMorning);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var callback = await CallbackApi.RequestedAsync(agent, await CallbackApi.CustomerAsync(App), CallbackApi.Local(2027, 1, 8, 20));

        var tried = await UnreachableAtAsync(callback.Id(), CallbackApi.Local(2027, 1, 8, 20));

        Assert.Equal(CallbackApi.Local(2027, 1, 11, 9), tried.Time("callAt"));
    }

    [Fact]
    public async Task A_reached_customer_closes_the_callback_with_the_satisfaction_and_the_clock_is_met()
    {
        App.SetNow(FridayMorning);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var callback = await CallbackApi.RequestedAsync(agent, await CallbackApi.CustomerAsync(App), CallbackApi.Local(2027, 1, 8, 20));

        var done = await (await CallbackApi.AttemptAsync(agent, callback.Id(), new { outcome = "Reached", satisfaction = 4, comment = "维修及时" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        Assert.Equal("Done", done.Text("status"));
        Assert.Equal(4, done.GetProperty("satisfaction").GetInt32());
        Assert.StartsWith("Fulfilled", await CallbackApi.ClockStatusAsync(App, callback.Id()));
        var completed = Assert.Single(await CallbackApi.OutboxAsync(App), e => e.Type == typeof(CallbackCompleted).FullName).Payload;
        Assert.Equal(4, completed.GetProperty("satisfaction").GetInt32());
        Assert.True(completed.GetProperty("onTime").GetBoolean());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(null)]
    public async Task A_reached_attempt_without_a_satisfaction_of_1_to_5_is_a_400_on_satisfaction_and_records_nothing(int? satisfaction)
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var callback = await CallbackApi.RequestedAsync(agent, await CallbackApi.CustomerAsync(App), DateTimeOffset.UtcNow.AddDays(1));

        var response = await CallbackApi.AttemptAsync(agent, callback.Id(), new { outcome = "Reached", satisfaction });

        await response.ShouldBeValidationProblemForAsync("satisfaction");
        var unchanged = await (await agent.GetAsync($"{CallbackApi.Route}/{callback.Id()}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Due", unchanged.Text("status"));
        Assert.Empty(unchanged.GetProperty("attempts").EnumerateArray());
    }

    /// <summary>An unreachable call at a desk time, by an agent signed in then (the clock moves past the token's life).</summary>
    private async Task<JsonElement> UnreachableAtAsync(Guid callbackId, DateTimeOffset at)
    {
        App.SetNow(at);
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        return await (await CallbackApi.AttemptAsync(agent, callbackId, new { outcome = "Unreachable" })).ShouldBeJsonAsync(HttpStatusCode.Created);
    }
}
