using System.Text.Json;
using System.Text.Json.Nodes;
using Huiyin.TestKit;

namespace Huiyin.Api.Tests;

/// <summary>
/// The SPA's API types are generated from <c>web/src/api/openapi.json</c>; this test fails when that copy
/// differs from what the host serves. Refresh it with <c>HUIYIN_UPDATE_OPENAPI=1</c> on this test, then
/// <c>npm run gen:api</c> in web/.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiDocumentTests(HuiyinApp app) : HuiyinTest(app)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 2 };

    [Fact]
    public async Task The_checked_in_openapi_document_matches_the_host()
    {
        var served = JsonNode.Parse(await App.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!.ToJsonString(Indented) + "\n";
        var checkedIn = Path.Combine(RepositoryRoot(), "web", "src", "api", "openapi.json");

        if (Environment.GetEnvironmentVariable("HUIYIN_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(checkedIn, served);
        }

        Assert.True(File.Exists(checkedIn), $"{checkedIn} is missing.");
        var stored = JsonNode.Parse(await File.ReadAllTextAsync(checkedIn))!.ToJsonString(Indented) + "\n";
        Assert.True(stored == served,
            "web/src/api/openapi.json is stale: run `HUIYIN_UPDATE_OPENAPI=1 dotnet test tests/Huiyin.Api.Tests --filter OpenApiDocument`, then `npm run gen:api` in web/.");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Backend.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Backend.sln not found above the test's directory.");
    }
}
