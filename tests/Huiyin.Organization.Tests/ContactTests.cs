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

    [Fact]
    public async Task An_admin_sets_a_staff_members_contact_and_the_staff_record_shows_it()
    {
        var id = await App.ProvisionAsync("he.ping", StaffRole.Technician);
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var saved = await (await admin.PutAsJsonAsync($"/api/v1/staff/{id}/contact", new { email = "he@estate.test ", mobile = "13912345678" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        Assert.Equal(("he@estate.test", "13912345678"), (saved.GetProperty("email").GetString(), saved.GetProperty("mobile").GetString()));
        var read = await (await admin.GetAsync($"/api/v1/staff/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal("13912345678", read.GetProperty("mobile").GetString());
        Assert.Equal(new StaffContact(id, "Test he.ping", "he@estate.test", "13912345678"), Assert.Single(await ContactsAsync(id)));
    }

    [Theory]
    [InlineData("not-an-address", "13812345678", "email")]
    [InlineData("he@estate.test", "23812345678", "mobile")]
    [InlineData("he@estate.test", null, "mobile")]
    public async Task An_admins_malformed_contact_is_a_400_naming_the_field_and_nothing_is_saved(string email, string? mobile, string field)
    {
        var id = await App.ProvisionAsync("he.ping", StaffRole.Technician);
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        await (await admin.PutAsJsonAsync($"/api/v1/staff/{id}/contact", new { email, mobile })).ShouldBeValidationProblemForAsync(field);

        Assert.Equal(new StaffContact(id, "Test he.ping", null, null), Assert.Single(await ContactsAsync(id)));
    }

    [Fact]
    public async Task Only_an_admin_sets_someone_elses_contact_and_an_unknown_person_is_a_404()
    {
        var id = await App.ProvisionAsync("he.ping", StaffRole.Technician);
        var supervisor = await App.SignedInAsAsync(StaffRole.Supervisor);
        var admin = await App.SignedInAsAsync(StaffRole.Admin);
        var body = new { email = "he@estate.test", mobile = "13912345678" };

        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PutAsJsonAsync($"/api/v1/staff/{id}/contact", body)).StatusCode);
        await (await admin.PutAsJsonAsync($"/api/v1/staff/{Guid.NewGuid()}/contact", body)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Null(Assert.Single(await ContactsAsync(id)).Mobile);
    }

    private async Task<IReadOnlyList<StaffContact>> ContactsAsync(Guid id)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetStaffContacts([id]));
    }
}
