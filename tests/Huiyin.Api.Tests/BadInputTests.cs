using System.Net;
using System.Net.Http.Json;
using System.Text;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Api.Tests;

/// <summary>Bad input is the caller's 400 (or 415) with the field named — never a 500.</summary>
[Collection(ApiCollection.Name)]
public sealed class BadInputTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task A_malformed_body_is_a_400_about_the_body()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var response = await admin.PostAsync("/api/v1/staff", Json("{\"username\": \"a\", "));

        var messages = await response.ShouldBeValidationProblemForAsync("body");
        Assert.Contains("not valid JSON", messages[0]);
    }

    [Fact]
    public async Task A_missing_field_is_a_400_naming_it()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/staff", new { username = "no.name", password = "Strong-pass-8", roles = new[] { "Agent" } });

        await response.ShouldBeValidationProblemForAsync("displayName");
    }

    [Fact]
    public async Task A_wrong_enum_value_is_a_400_naming_the_field_and_the_allowed_values()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/staff", new { username = "a.b", displayName = "甲", password = "Strong-pass-8", roles = new[] { "Cleaner" } });

        var messages = await response.ShouldBeValidationProblemForAsync("roles[0]");
        Assert.Contains("Agent, Technician, Supervisor, Manager, Executive, Admin", messages[0]);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_400_naming_the_field()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var response = await admin.PostAsync("/api/v1/staff", Json("{\"username\": 42, \"displayName\": \"甲\", \"password\": \"Strong-pass-8\", \"roles\": [\"Agent\"]}"));

        await response.ShouldBeValidationProblemForAsync("username");
    }

    [Fact]
    public async Task A_missing_body_is_a_400_and_a_wrong_content_type_a_415()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var empty = await admin.PostAsync("/api/v1/staff", Json(""));
        var text = await admin.PostAsync("/api/v1/staff", new StringContent("username=a", Encoding.UTF8, "text/plain"));

        await empty.ShouldBeValidationProblemForAsync("body");
        await text.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_method_the_route_does_not_have_is_a_405_problem()
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var response = await admin.DeleteAsync("/api/v1/staff");

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData("/api/v1/staff/not-a-guid")]
    [InlineData("/api/v1/no-such-thing")]
    public async Task Unknown_api_routes_are_404_problems(string path)
    {
        var admin = await App.SignedInAsAsync(StaffRole.Admin);

        var response = await admin.GetAsync(path);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_problem_carries_a_trace_id_and_the_response_a_correlation_id()
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "call-400-0042");

        var response = await client.GetAsync("/api/v1/staff");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.Equal("call-400-0042", response.Headers.GetValues("X-Correlation-Id").Single());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
