using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Customers.Tests;

[Collection(ApiCollection.Name)]
public sealed class CustomerLifecycleTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task An_agent_registers_a_customer_whose_sensitive_fields_are_masked_everywhere()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var idNumber = CustomerData.ResidentId("33010619900101123");

        var created = await CustomerData.CreateAsync(agent, CustomerData.Person("王建国", "+86 138-1234-5678", idNumber, "6222 0212 3456 7890 123"));
        var id = created.GetProperty("id").GetGuid();
        var read = await (await agent.GetAsync($"/api/v1/customers/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var list = await (await agent.GetAsync("/api/v1/customers")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var history = await (await agent.GetAsync($"/api/v1/customers/{id}/history")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Matches("^C\\d{6}$", created.GetProperty("number").GetString());
        Assert.Equal(["13812345678"], created.GetProperty("phones").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("Person", created.GetProperty("category").GetString());
        Assert.Equal(2, created.GetProperty("tier").GetInt32());
        foreach (var shape in new[] { created, read, list.GetProperty("items")[0] })
        {
            Assert.Equal("3301**********" + idNumber[^4..], shape.GetProperty("idNumber").GetString());
            Assert.Equal("6222***********0123", shape.GetProperty("bankAccount").GetString());
        }

        var historyText = history.ToString();
        Assert.DoesNotContain(idNumber, historyText, StringComparison.Ordinal);
        Assert.DoesNotContain("62220212345678901", historyText, StringComparison.Ordinal);
        Assert.Contains(history.GetProperty("items").EnumerateArray(), h => h.GetProperty("field").GetString() == "idNumber" && h.GetProperty("newValue").GetString()!.StartsWith("3301***", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sensitive_values_are_encrypted_at_rest_with_no_plaintext_in_the_row()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var idNumber = CustomerData.ResidentId("11010519491231002");
        var created = await CustomerData.CreateAsync(agent, CustomerData.Person("李秀英", "13900001111", idNumber, "6217000010001234567"));

        await using var connection = await App.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT row_to_json(c)::text, id_number_cipher FROM customers.customers c WHERE id = @id";
        command.Parameters.AddWithValue("id", created.GetProperty("id").GetGuid());
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var row = reader.GetString(0);
        var cipher = (byte[])reader[1];

        Assert.DoesNotContain(idNumber, row, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber[4..14], row, StringComparison.Ordinal);
        Assert.DoesNotContain("6217000010001234567", row, StringComparison.Ordinal);
        Assert.DoesNotContain("00010001", row, StringComparison.Ordinal);
        Assert.Equal(1 + 12 + 16 + idNumber.Length, cipher.Length); // key id, nonce, tag, ciphertext
        Assert.Equal(1, cipher[0]);
        Assert.DoesNotContain(idNumber, System.Text.Encoding.UTF8.GetString(cipher), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_updates_with_the_same_etag_one_wins_and_the_other_is_412_with_one_history_entry()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var created = await CustomerData.CreateAsync(agent, CustomerData.Person("赵敏", "13700002222"));
        var id = created.GetProperty("id").GetGuid();
        var read = await agent.GetAsync($"/api/v1/customers/{id}");
        var etag = read.Headers.ETag!.Tag;

        var responses = await Task.WhenAll(
            Put(agent, id, etag, new { type = "Owner", name = "赵敏", phones = new[] { "13700002222" }, notes = "first" }),
            Put(agent, id, etag, new { type = "Owner", name = "赵敏", phones = new[] { "13700002222" }, notes = "second" }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        await responses.Single(r => r.StatusCode != HttpStatusCode.OK).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var history = await (await agent.GetAsync($"/api/v1/customers/{id}/history")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var notes = history.GetProperty("items").EnumerateArray().Where(h => h.GetProperty("field").GetString() == "notes").ToList();
        Assert.Single(notes);
        var current = await (await agent.GetAsync($"/api/v1/customers/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(notes[0].GetProperty("newValue").GetString(), current.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task The_row_records_who_created_it_and_who_changed_it_last_and_when()
    {
        var agentId = await App.ProvisionAsync("test-stamp-agent", StaffRole.Agent);
        var supervisorId = await App.ProvisionAsync("test-stamp-supervisor", StaffRole.Supervisor);
        var agent = await App.SignedInAsAsync("test-stamp-agent");
        var supervisor = await App.SignedInAsAsync("test-stamp-supervisor");
        var created = await CustomerData.CreateAsync(agent, CustomerData.Person("周芳", "13400007777"));
        var id = created.GetProperty("id").GetGuid();
        var etag = (await supervisor.GetAsync($"/api/v1/customers/{id}")).Headers.ETag!.Tag;

        var updated = await (await Put(supervisor, id, etag, new { type = "Owner", name = "周芳", phones = new[] { "13400007777" }, notes = "换了新号码" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        var (createdBy, updatedBy, createdAt, updatedAt) = await StampsAsync(id);
        Assert.Equal($"staff:{agentId}", createdBy);
        Assert.Equal($"staff:{supervisorId}", updatedBy);
        Assert.True(updatedAt > createdAt, $"updated {updatedAt:O} should follow created {createdAt:O}");
        Assert.Equal(createdBy, created.GetProperty("createdBy").GetString());
        Assert.Equal(updatedBy, updated.GetProperty("updatedBy").GetString());
    }

    [Fact]
    public async Task An_update_without_if_match_is_428_and_with_a_stale_one_412()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var created = await CustomerData.CreateAsync(agent, CustomerData.Person("孙丽", "13600003333"));
        var id = created.GetProperty("id").GetGuid();
        var body = new { type = "Owner", name = "孙丽娟", phones = new[] { "13600003333" } };

        var missing = await agent.PutAsJsonAsync($"/api/v1/customers/{id}", body);
        var stale = await Put(agent, id, "\"1\"", body);

        await missing.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task An_update_keeps_sensitive_values_left_out_and_records_who_changed_what()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var idNumber = CustomerData.ResidentId("33010619851111002");
        var created = await CustomerData.CreateAsync(agent, CustomerData.Person("钱伟", "13500004444", idNumber));
        var id = created.GetProperty("id").GetGuid();
        var etag = (await agent.GetAsync($"/api/v1/customers/{id}")).Headers.ETag!.Tag;
        var before = await (await agent.GetAsync($"/api/v1/customers/{id}/history")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var updated = await (await Put(agent, id, etag, new { type = "Owner", name = "钱伟", phones = new[] { "13500004444", "0571-8888 6666" }, vip = true }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        var history = await (await agent.GetAsync($"/api/v1/customers/{id}/history")).ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(created.GetProperty("idNumber").GetString(), updated.GetProperty("idNumber").GetString());
        Assert.Equal(1, updated.GetProperty("tier").GetInt32());
        var changes = history.GetProperty("items").EnumerateArray().Skip(before.GetProperty("items").GetArrayLength()).ToList();
        var phones = Assert.Single(changes, h => h.GetProperty("field").GetString() == "phones");
        Assert.Equal("13500004444", phones.GetProperty("oldValue").GetString());
        Assert.Equal("13500004444, 057188886666", phones.GetProperty("newValue").GetString());
        Assert.StartsWith("staff:", phones.GetProperty("changedBy").GetString(), StringComparison.Ordinal);
        Assert.Contains(changes, h => h.GetProperty("field").GetString() == "tier" && h.GetProperty("oldValue").GetString() == "2" && h.GetProperty("newValue").GetString() == "1");
        Assert.Equal(new HashSet<string?> { "phones", "vip", "tier", "addresses" }, changes.Select(h => h.GetProperty("field").GetString()).ToHashSet());
    }

    [Fact]
    public async Task Archived_customers_are_hidden_from_the_list_unless_asked_for_and_can_be_restored_once()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var created = await CustomerData.CreateAsync(agent, CustomerData.Person("周杰", "13400005555"));
        var id = created.GetProperty("id").GetGuid();

        var archived = await (await agent.PostAsync($"/api/v1/customers/{id}/archive", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var again = await agent.PostAsync($"/api/v1/customers/{id}/archive", null);
        var active = await (await agent.GetAsync("/api/v1/customers")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var onlyArchived = await (await agent.GetAsync("/api/v1/customers?archived=true")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var restored = await (await agent.PostAsync($"/api/v1/customers/{id}/restore", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var restoreAgain = await agent.PostAsync($"/api/v1/customers/{id}/restore", null);

        Assert.True(archived.GetProperty("archived").GetBoolean());
        var conflict = await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Archived", conflict.GetProperty("currentStatus").GetString());
        Assert.Equal(0, active.GetProperty("items").GetArrayLength());
        Assert.Equal(id, onlyArchived.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.False(restored.GetProperty("archived").GetBoolean());
        await restoreAgain.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_technician_cannot_read_customers_and_an_executive_cannot_write()
    {
        var technician = await App.SignedInAsAsync(StaffRole.Technician);
        var executive = await App.SignedInAsAsync(StaffRole.Executive);

        await (await technician.GetAsync("/api/v1/customers")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await executive.GetAsync("/api/v1/customers")).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await executive.PostAsJsonAsync("/api/v1/customers", CustomerData.Person("吴磊", "13300006666"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private async Task<(string CreatedBy, string UpdatedBy, DateTime CreatedAt, DateTime UpdatedAt)> StampsAsync(Guid id)
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT created_by, updated_by, created_at, updated_at FROM customers.customers WHERE id = @id";
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetString(1), reader.GetDateTime(2), reader.GetDateTime(3));
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, Guid id, string etag, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customers/{id}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return client.SendAsync(request);
    }
}
