using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Facilities.Jobs;
using Huiyin.TestKit;

namespace Huiyin.Facilities.Tests;

/// <summary>Calls the inspection tests share: today's rounds after the daily job, and recording an item.</summary>
internal static class InspectionApi
{
    public const string Rounds = "/api/v1/facilities/rounds";

    public static async Task<JsonElement[]> TodaysRoundsAsync(FacilitiesApp app, HttpClient caller, string query = "")
    {
        await app.SendAsync(new GenerateRounds());
        return (await (await caller.GetAsync($"{Rounds}{query}")).ShouldBeJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToArray();
    }

    public static async Task<JsonElement> RoundAsync(HttpClient caller, Guid roundId) =>
        await (await caller.GetAsync($"{Rounds}/{roundId}")).ShouldBeJsonAsync(HttpStatusCode.OK);

    public static Guid ItemId(this JsonElement round, string text) =>
        round.Items("items").Single(i => i.Text("text") == text).GetProperty("itemId").GetGuid();

    public static Task<HttpResponseMessage> RecordAsync(HttpClient caller, Guid roundId, Guid itemId, object body) =>
        caller.PostAsJsonAsync($"{Rounds}/{roundId}/items/{itemId}", body);
}
