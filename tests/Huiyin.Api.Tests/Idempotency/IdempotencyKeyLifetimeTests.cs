using System.Net;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Api.Tests.Idempotency;

/// <summary>A key while its first request runs (409), and the job that forgets keys after a day.</summary>
[Collection(ApiCollection.Name)]
public sealed class IdempotencyKeyLifetimeTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task The_same_key_while_the_first_request_is_still_running_is_a_409()
    {
        var caller = await CallerAsync();
        var create = await Create.OfAsync("customers", caller);
        var key = Guid.NewGuid().ToString();
        HttpResponseMessage meanwhile;
        Task<HttpResponseMessage> first;
        await using (var connection = await App.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            // Holds the first request inside its insert until this transaction ends.
            await using (var hold = connection.CreateCommand())
            {
                hold.CommandText = "LOCK TABLE customers.customers IN SHARE MODE";
                await hold.ExecuteNonQueryAsync();
            }

            first = create.SendAsync(caller, key, create.Body);
            await WaitUntilAsync(async () => await KeysAsync($"key = '{key}'") == 1);
            meanwhile = await create.SendAsync(caller, key, create.Body);
        }

        Assert.Equal("idempotency_key_in_use", await meanwhile.CodeAsync(HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.Created, (await first).StatusCode);
        var afterwards = await create.SendAsync(caller, key, create.Body);
        Assert.True(afterwards.IsReplay());
        Assert.Equal((await first).Headers.Location, afterwards.Headers.Location);
    }

    [Fact]
    public async Task The_recurring_job_forgets_keys_older_than_a_day_and_keeps_the_others()
    {
        var caller = await CallerAsync();
        var create = await Create.OfAsync("customers", caller);
        (await create.SendAsync(caller, "yesterday", create.Body)).EnsureSuccessStatusCode();
        App.Clock.Advance(TimeSpan.FromHours(25));
        caller = await App.SignedInAsAsync("alpha"); // yesterday's access token has expired
        (await create.SendAsync(caller, "today", create.Body)).EnsureSuccessStatusCode();

        await App.Services.RunNowAsync("platform:idempotency-keys");

        Assert.Equal(0, await KeysAsync("key = 'yesterday'"));
        Assert.Equal(1, await KeysAsync("key = 'today'"));
        var reused = await create.SendAsync(caller, "yesterday", create.OtherBody);
        Assert.Equal(HttpStatusCode.Created, reused.StatusCode);
        Assert.False(reused.IsReplay());
    }

    private async Task<HttpClient> CallerAsync()
    {
        await App.ProvisionAsync("alpha", StaffRole.Agent);
        return await App.SignedInAsAsync("alpha");
    }

    private async Task<long> KeysAsync(string where)
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM platform.idempotency_keys WHERE {where}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting.");
            await Task.Delay(50);
        }
    }
}
