using System.Net;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Api.Tests.Idempotency;

/// <summary>Idempotency-Key on creates of several modules: replay, 422 on another request, keys per caller, failures not kept.</summary>
[Collection(ApiCollection.Name)]
public sealed class IdempotentCreateTests(HuiyinApp app) : HuiyinTest(app)
{
    public static TheoryData<string> Resources => ["customers", "tickets", "complaints", "staff", "policies"];

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task A_repeat_answers_the_first_response_and_creates_nothing(string resource)
    {
        var caller = await CallerAsync("alpha");
        var create = await Create.OfAsync(resource, caller);
        var key = Guid.NewGuid().ToString();

        var first = await create.SendAsync(caller, key, create.Body);
        var rows = await CountAsync(create.Table);
        var repeat = await create.SendAsync(caller, key, create.Body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, repeat.StatusCode);
        Assert.False(first.IsReplay());
        Assert.True(repeat.IsReplay());
        Assert.Equal(first.Headers.Location, repeat.Headers.Location);
        Assert.Equal(first.Headers.ETag, repeat.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await repeat.Content.ReadAsStringAsync());
        Assert.Equal(first.Content.Headers.ContentType, repeat.Content.Headers.ContentType);
        Assert.Equal(rows, await CountAsync(create.Table));
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task The_same_key_with_another_body_is_a_422_and_creates_nothing(string resource)
    {
        var caller = await CallerAsync("alpha");
        var create = await Create.OfAsync(resource, caller);
        var key = Guid.NewGuid().ToString();
        (await create.SendAsync(caller, key, create.Body)).EnsureSuccessStatusCode();
        var rows = await CountAsync(create.Table);

        var other = await create.SendAsync(caller, key, create.OtherBody);

        Assert.Equal("idempotency_key_reused", await other.CodeAsync(HttpStatusCode.UnprocessableEntity));
        Assert.Equal(rows, await CountAsync(create.Table));
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task A_failed_attempt_is_not_kept_so_the_key_may_be_used_again(string resource)
    {
        var caller = await CallerAsync("alpha");
        var create = await Create.OfAsync(resource, caller);
        var key = Guid.NewGuid().ToString();

        var failed = await create.SendAsync(caller, key, create.BadBody);
        var retried = await create.SendAsync(caller, key, create.Body);

        await failed.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.False(retried.IsReplay());
    }

    [Theory]
    [InlineData("customers")]
    [InlineData("tickets")]
    public async Task Keys_are_the_callers_own_so_another_caller_with_the_same_key_creates_anew(string resource)
    {
        var alpha = await CallerAsync("alpha");
        var beta = await CallerAsync("beta");
        var create = await Create.OfAsync(resource, alpha);
        var key = Guid.NewGuid().ToString();

        var first = await (await create.SendAsync(alpha, key, create.Body)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var others = await create.SendAsync(beta, key, create.Body);

        Assert.False(others.IsReplay());
        Assert.NotEqual(first.Id(), (await others.ShouldBeJsonAsync(HttpStatusCode.Created)).Id());
    }

    [Fact]
    public async Task A_key_longer_than_100_characters_is_a_400_naming_the_header()
    {
        var caller = await CallerAsync("alpha");
        var create = await Create.OfAsync("customers", caller);

        var response = await create.SendAsync(caller, new string('k', 101), create.Body);

        await response.ShouldBeValidationProblemForAsync("Idempotency-Key");
        Assert.Equal(0, await CountAsync(create.Table));
    }

    [Fact]
    public async Task Every_create_in_the_openapi_document_declares_the_header()
    {
        var document = JsonDocument.Parse(await App.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;

        var creates = (from path in document.GetProperty("paths").EnumerateObject()
                       from operation in path.Value.EnumerateObject()
                       where operation.Name == "post" && operation.Value.GetProperty("responses").TryGetProperty("201", out _)
                       select operation.Value).ToList();

        Assert.Contains(creates, c => c.GetProperty("operationId").GetString() == "CreateCustomer");
        var undeclared = creates.Where(c => !DeclaresKey(c)).Select(c => c.GetProperty("operationId").GetString()).ToList();
        Assert.True(undeclared.Count == 0, "Creates without Idempotency-Key: " + string.Join(", ", undeclared));
    }

    private static bool DeclaresKey(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
        && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "Idempotency-Key" && p.GetProperty("in").GetString() == "header");

    private async Task<HttpClient> CallerAsync(string username)
    {
        await App.ProvisionAsync(username, Enum.GetValues<StaffRole>());
        return await App.SignedInAsAsync(username);
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
