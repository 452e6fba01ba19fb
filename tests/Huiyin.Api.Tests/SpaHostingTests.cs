using System.Net;
using Huiyin.TestKit;

namespace Huiyin.Api.Tests;

/// <summary>A host serving a small built SPA from a temporary folder.</summary>
public class SpaApp : HuiyinApp
{
    public string Root { get; } = Directory.CreateTempSubdirectory("huiyin-spa-").FullName;

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            Directory.CreateDirectory(Path.Combine(Root, "assets"));
            File.WriteAllText(Path.Combine(Root, "index.html"), "<!doctype html><title>回音</title><div id=\"root\"></div>");
            File.WriteAllText(Path.Combine(Root, "assets", "app.js"), "console.log('回音');");
            return new Dictionary<string, string?>(base.Settings) { ["Spa:RootPath"] = Root };
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }
}

public sealed class SpaHostingTests(SpaApp app) : IClassFixture<SpaApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/admin/staff")]
    public async Task Client_side_routes_get_the_spa(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Assets_are_served_as_themselves()
    {
        var response = await app.CreateClient().GetAsync("/assets/app.js");

        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("console.log", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/assets/missing.js")]
    public async Task Unknown_api_paths_and_missing_files_are_404s_not_the_spa(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<div id=\"root\">", await response.Content.ReadAsStringAsync());
    }
}
