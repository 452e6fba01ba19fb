using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Callbacks.Tests;

/// <summary>A move-in recorded on a unit in Facilities reaches Callbacks through the real event, as the outbox delivers it.</summary>
[Collection(ApiCollection.Name)]
public sealed class MoveInThroughFacilitiesTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task Setting_an_occupant_with_a_move_in_date_on_a_unit_books_a_callback_due_a_month_later_about_that_unit()
    {
        App.SetNow(CallbackApi.Local(2027, 1, 8, 10));
        var manager = await App.SignedInAsAsync(StaffRole.Manager);
        var site = await CreatedAsync(manager, "sites", new { name = "翠苑", address = "杭州市西湖区文三路 1 号" });
        var building = await CreatedAsync(manager, "buildings", new { siteId = site.Id(), code = "3", name = "3栋", floors = 18 });
        var unit = await CreatedAsync(manager, "units", new { buildingId = building.Id(), entrance = "2", floor = 15, number = "1502", areaSquareMetres = 89.5m });
        var customer = await CallbackApi.CustomerAsync(App);

        await (await manager.PostAsJsonAsync($"/api/v1/facilities/units/{unit.Id()}/occupancy",
            new { customerId = customer, role = "Occupant", movedInAt = CallbackApi.Local(2027, 1, 8, 9) })).ShouldBeJsonAsync(HttpStatusCode.OK);

        var callback = await MoveInCallbackAsync(manager);
        Assert.Equal(customer, callback.GetProperty("customerId").GetGuid());
        Assert.Equal(unit.Id(), callback.GetProperty("unitId").GetGuid());
        Assert.Equal(site.Id(), callback.GetProperty("siteId").GetGuid());
        Assert.Equal(CallbackApi.Local(2027, 2, 8, 21), callback.Time("dueAt"));
    }

    private static async Task<JsonElement> CreatedAsync(HttpClient caller, string resource, object body) =>
        await (await caller.PostAsJsonAsync($"/api/v1/facilities/{resource}", body)).ShouldBeJsonAsync(HttpStatusCode.Created);

    /// <summary>The move-in callback, waited for (the host delivers events every second).</summary>
    private static async Task<JsonElement> MoveInCallbackAsync(HttpClient caller)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await CallbackApi.ListAsync(caller, "reason=MoveIn")).FirstOrDefault() is { ValueKind: JsonValueKind.Object } callback)
            {
                return callback;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No move-in callback was booked.");
    }
}
