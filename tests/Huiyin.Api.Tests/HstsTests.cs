using Huiyin.TestKit;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Huiyin.Api.Tests;

/// <summary>HSTS is sent only where a browser may trust it: on answers to HTTPS requests, outside Development.</summary>
[Collection(ApiCollection.Name)]
public sealed class HstsTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task An_answer_over_https_tells_the_browser_to_use_https_only_for_a_year()
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://huiyin.example.com") });

        var response = await client.GetAsync("/api/v1/staff");

        Assert.Equal("max-age=31536000; includeSubDomains", string.Join(", ", response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task An_answer_over_plain_http_does_not()
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://huiyin.example.com") });

        var response = await client.GetAsync("/api/v1/staff");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
