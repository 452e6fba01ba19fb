using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Api.Tests;

/// <summary>
/// Every operation that reads a JSON body, fed broken or wrongly shaped JSON or text PostgreSQL cannot store, answers 400 —
/// never 500; so does every query parameter given a NUL character.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class NoServerErrorOnBadInputTests(HuiyinApp app) : HuiyinTest(app)
{
    private static readonly string[] BadBodies =
        ["{\"", "[]", "\"text\"", "{\"roles\": 5, \"scopes\": {}, \"teamId\": \"not-a-guid\"}", "{\"name\": \"\\u0000\", \"reason\": \"a\\u0000\"}"];

    [Fact]
    public async Task Every_operation_with_a_body_answers_400_to_bad_json()
    {
        // Every role at once, so that each operation's permission lets the request through to its body.
        await App.ProvisionAsync("every-role", Enum.GetValues<StaffRole>());
        var admin = await App.SignedInAsAsync("every-role");
        var document = JsonDocument.Parse(await admin.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var operations = OperationsWithBodies(document).ToList();
        Assert.NotEmpty(operations);

        var failures = new List<string>();
        foreach (var (method, path) in operations)
        {
            foreach (var body in BadBodies)
            {
                var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.IfMatch.ParseAdd("\"1\"");
                var response = await admin.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    failures.Add($"{method} {path} with {body} → {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Every_query_parameter_answers_400_naming_it_to_a_nul_character()
    {
        await App.ProvisionAsync("every-role", Enum.GetValues<StaffRole>());
        var admin = await App.SignedInAsAsync("every-role");
        var document = JsonDocument.Parse(await admin.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var parameters = QueryParameters(document).ToList();
        Assert.Contains(parameters, p => p.Path == "/api/v1/customers" && p.Name == "search");

        var failures = new List<string>();
        foreach (var (method, path, name) in parameters)
        {
            var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{path}?{name}=%00"));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest || !JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(name, out _))
            {
                failures.Add($"{method} {path}?{name}=%00 → {(int)response.StatusCode} {body}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static IEnumerable<(string Method, string Path, string Name)> QueryParameters(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where operation.Value.TryGetProperty("parameters", out _)
        from parameter in operation.Value.GetProperty("parameters").EnumerateArray()
        where parameter.GetProperty("in").GetString() == "query"
        select (operation.Name.ToUpperInvariant(), Concrete(path.Name), parameter.GetProperty("name").GetString()!);

    private static string Concrete(string path) =>
        Regex.Replace(path.Replace("{module}", "organization"), @"\{\w+\}", _ => Guid.NewGuid().ToString());

    private static IEnumerable<(string Method, string Path)> OperationsWithBodies(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where operation.Value.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out _)
        select (operation.Name.ToUpperInvariant(), Concrete(path.Name));
}
