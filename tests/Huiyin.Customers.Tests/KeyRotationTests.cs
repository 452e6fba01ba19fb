using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Customers.Jobs;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Customers.Tests;

/// <summary>
/// A second key added by configuration: new values are sealed with it, old ones still open and are found, the job moves
/// them all to it while people keep writing, and then the first key can go — but not before.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class KeyRotationTests(HuiyinApp app) : HuiyinTest(app)
{
    private static readonly string SecondKey = Convert.ToBase64String(Enumerable.Range(100, 32).Select(b => (byte)b).ToArray());

    private static readonly Dictionary<string, string?> BothKeys = new()
    {
        ["Customers:EncryptionKeys:2"] = SecondKey,
        ["Hangfire:Enabled"] = "false", // the test runs the job itself
    };

    [Fact]
    public async Task Values_sealed_before_a_rotation_are_found_and_opened_then_moved_to_the_new_key_after_which_the_old_one_can_go()
    {
        var before = await App.SignedInAsAsync(StaffRole.Manager);
        var idNumber = CustomerData.ResidentId("33010619900101321");
        var old = (await CustomerData.CreateAsync(before, CustomerData.Person("陈静", "13812340001", idNumber, "6222021234567890"))).GetProperty("id").GetGuid();
        await using var rotated = App.StartReplica(BothKeys);
        var manager = OnReplica(rotated, before);
        var admin = OnReplica(rotated, await App.SignedInAsAsync(StaffRole.Admin));

        var pending = await StatusAsync(admin);
        var found = await SearchAsync(manager, idNumber);
        var duplicate = await manager.PostAsJsonAsync("/api/v1/customers", CustomerData.Person("陈晶", "13900009999", idNumber));
        var fresh = (await CustomerData.CreateAsync(manager, CustomerData.Person("王芳", "13812340002", CustomerData.ResidentId("33010619920202123"))))
            .GetProperty("id").GetGuid();
        var afterCreate = await StatusAsync(admin);
        await ReencryptAsync(rotated);
        var done = await StatusAsync(admin);

        Assert.Equal(2, pending.GetProperty("activeKeyId").GetInt32());
        Assert.Equal([1, 2], pending.GetProperty("configuredKeyIds").EnumerateArray().Select(k => k.GetInt32()));
        Assert.Equal(2, pending.GetProperty("remaining").GetInt32());
        Assert.False(pending.GetProperty("complete").GetBoolean());
        Assert.Equal([old], found);
        Assert.Equal("duplicate_customer", (await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal(2, afterCreate.GetProperty("remaining").GetInt32());
        Assert.Equal(0, done.GetProperty("remaining").GetInt32());
        Assert.True(done.GetProperty("complete").GetBoolean());
        Assert.Equal([(2, 3)], done.GetProperty("sealedValues").EnumerateArray().Select(u => (u.GetProperty("keyId").GetInt32(), u.GetProperty("values").GetInt32())));
        Assert.Equal([old], await SearchAsync(manager, idNumber));
        Assert.Equal((idNumber, "6222021234567890"), await RevealAsync(manager, old));

        await using var secondOnly = App.StartReplica(new Dictionary<string, string?>(BothKeys) { ["Customers:EncryptionKey"] = null });
        Assert.Equal((idNumber, "6222021234567890"), await RevealAsync(OnReplica(secondOnly, before), old));
        Assert.NotNull((await RevealAsync(OnReplica(secondOnly, before), fresh)).IdNumber);
        var firstOnly = Assert.ThrowsAny<Exception>(() => App.StartReplica(new Dictionary<string, string?> { ["Hangfire:Enabled"] = "false" }));
        Assert.Contains("sealed with key 2, which is not configured", firstOnly.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Re_encrypting_while_people_edit_loses_no_edit_and_leaves_nothing_behind()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var customers = new List<(Guid Id, string IdNumber)>();
        for (var i = 0; i < 120; i++)
        {
            var idNumber = CustomerData.ResidentId($"330106199001{i:D4}1"[..17]);
            var phone = $"1381234{i:D4}";
            customers.Add(((await CustomerData.CreateAsync(agent, CustomerData.Person($"住户{i}", phone, idNumber))).GetProperty("id").GetGuid(), idNumber));
        }

        await using var rotated = App.StartReplica(BothKeys);
        var editor = OnReplica(rotated, agent);
        var edited = customers.Where((_, i) => i % 6 == 0).ToList();

        var job = ReencryptAsync(rotated);
        var edits = Task.WhenAll(edited.Select((c, i) => SetBankAccountAsync(editor, c.Id, $"62220200000000{i:D4}")));
        await Task.WhenAll(job, edits);
        await ReencryptAsync(rotated); // rows an edit held during the first run were skipped, not waited for

        var manager = OnReplica(rotated, await App.SignedInAsAsync(StaffRole.Manager));
        Assert.True((await StatusAsync(OnReplica(rotated, await App.SignedInAsAsync(StaffRole.Admin)))).GetProperty("complete").GetBoolean());
        for (var i = 0; i < edited.Count; i++)
        {
            Assert.Equal((edited[i].IdNumber, $"62220200000000{i:D4}"), await RevealAsync(manager, edited[i].Id));
        }

        foreach (var (id, idNumber) in customers.Where(c => !edited.Contains(c)).Take(10))
        {
            Assert.Equal(idNumber, (await RevealAsync(manager, id)).IdNumber);
        }
    }

    private static HttpClient OnReplica(HuiyinReplica replica, HttpClient signedIn)
    {
        var client = replica.CreateClient();
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    private static async Task ReencryptAsync(HuiyinReplica replica)
    {
        await using var scope = replica.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<ReencryptSensitiveData>(scope.ServiceProvider).RunAsync(CancellationToken.None);
    }

    /// <summary>Reads, changes the bank account, and puts it back, again when the row changed in between (a 412).</summary>
    private static async Task SetBankAccountAsync(HttpClient client, Guid id, string bankAccount)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var read = await client.GetAsync($"/api/v1/customers/{id}");
            var body = await read.ShouldBeJsonAsync(HttpStatusCode.OK);
            var put = await client.PutAsync($"/api/v1/customers/{id}", read.Headers.ETag!.Tag, new
            {
                type = body.GetProperty("type").GetString(), name = body.GetProperty("name").GetString(),
                phones = body.GetProperty("phones").EnumerateArray().Select(p => p.GetString()), idNumber = body.GetProperty("idNumber").GetString(), bankAccount,
            });
            if (put.StatusCode != HttpStatusCode.PreconditionFailed)
            {
                await put.ShouldBeJsonAsync(HttpStatusCode.OK);
                return;
            }
        }

        Assert.Fail($"customer {id} kept changing under the edit");
    }

    private static async Task<JsonElement> StatusAsync(HttpClient admin) =>
        await (await admin.GetAsync("/api/v1/customers/encryption")).ShouldBeJsonAsync(HttpStatusCode.OK);

    private static async Task<Guid[]> SearchAsync(HttpClient client, string term) =>
        [.. (await (await client.GetAsync($"/api/v1/customers?search={term}")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid())];

    private static async Task<(string? IdNumber, string? BankAccount)> RevealAsync(HttpClient manager, Guid id)
    {
        var revealed = await (await manager.PostAsJsonAsync($"/api/v1/customers/{id}/sensitive", new { reason = "核对身份" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        return (revealed.GetProperty("idNumber").GetString(), revealed.GetProperty("bankAccount").GetString());
    }
}
