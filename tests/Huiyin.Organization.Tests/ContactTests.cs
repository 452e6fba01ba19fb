using System.Net;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Organization.Tests;

[Collection(ApiCollection.Name)]
public sealed class ContactTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_person_sets_their_own_address_and_mobile_and_other_modules_read_them()
    {
        var id = await App.ProvisionAsync("zhao.lei", StaffRole.Supervisor);
        var supervisor = await App.SignedInAsAsync("zhao.lei");

        var saved = await (await supervisor.PutAsJsonAsync("/api/v1/me/contact", new { email = " zhao@estate.test ", mobile = "13812345678" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal("zhao@estate.test", saved.GetProperty("email").GetString());
        var me = await (await supervisor.GetAsync("/api/v1/auth/me")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(("zhao@estate.test", "13812345678"), (me.GetProperty("email").GetString(), me.GetProperty("mobile").GetString()));
        Assert.Equal(new StaffContact(id, "Test zhao.lei", "zhao@estate.test", "13812345678"), Assert.Single(await ContactsAsync(id)));
    }

    [Fact]
    public async Task An_empty_value_removes_that_address()
    {
        var id = await App.ProvisionAsync("qin.yu", StaffRole.Agent);
        var agent = await App.SignedInAsAsync("qin.yu");
        (await agent.PutAsJsonAsync("/api/v1/me/contact", new { email = "qin@estate.test", mobile = "13812345678" })).EnsureSuccessStatusCode();

        (await agent.PutAsJsonAsync("/api/v1/me/contact", new { email = "", mobile = "13812345678" })).EnsureSuccessStatusCode();

        Assert.Null(Assert.Single(await ContactsAsync(id)).Email);
    }

    [Theory]
    [InlineData("not-an-address", "13812345678", "email")]
    [InlineData("qin@estate.test", "1381234567", "mobile")]
    [InlineData("qin@estate.test", "+8613812345678", "mobile")]
    public async Task A_malformed_address_is_a_400_naming_it_and_nothing_is_saved(string email, string mobile, string field)
    {
        var id = await App.ProvisionAsync("qin.yu", StaffRole.Agent);
        var agent = await App.SignedInAsAsync("qin.yu");

        await (await agent.PutAsJsonAsync("/api/v1/me/contact", new { email, mobile })).ShouldBeValidationProblemForAsync(field);

        Assert.Equal(new StaffContact(id, "Test qin.yu", null, null), Assert.Single(await ContactsAsync(id)));
    }

    private async Task<IReadOnlyList<StaffContact>> ContactsAsync(Guid id)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetStaffContacts([id]));
    }
}
