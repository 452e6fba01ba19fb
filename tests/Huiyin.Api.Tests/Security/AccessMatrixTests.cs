using System.Net;
using System.Net.Http.Json;
using System.Text;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Api.Tests.Security;

/// <summary>
/// Every endpoint the host maps, asked without credentials, answers 401; asked by each role in turn, every one the
/// role lacks a required permission for answers 403 — before it reads a body or looks anything up.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AccessMatrixTests(HuiyinApp app) : HuiyinTest(app)
{
    [Fact]
    public async Task Every_endpoint_but_signing_in_and_out_refuses_a_caller_without_credentials()
    {
        var endpoints = GuardedEndpoint.All(App.Services);
        Assert.True(endpoints.Count > 100, $"only {endpoints.Count} endpoints found");
        Assert.Equal(["POST /api/v1/auth/login", "POST /api/v1/auth/logout", "POST /api/v1/auth/refresh"],
            endpoints.Where(e => e.Anonymous).Select(e => e.ToString()).Order());
        var anonymous = App.CreateClient();

        var admitted = new List<string>();
        foreach (var endpoint in endpoints.Where(e => !e.Anonymous))
        {
            var status = await SendAsync(anonymous, endpoint);
            if (status != HttpStatusCode.Unauthorized)
            {
                admitted.Add($"{endpoint} → {(int)status}");
            }
        }

        Assert.True(admitted.Count == 0, string.Join(Environment.NewLine, admitted));
    }

    [Theory]
    [InlineData(StaffRole.Agent)]
    [InlineData(StaffRole.Technician)]
    [InlineData(StaffRole.Supervisor)]
    [InlineData(StaffRole.Manager)]
    [InlineData(StaffRole.Executive)]
    [InlineData(StaffRole.Admin)]
    public async Task A_role_is_refused_every_endpoint_whose_permission_it_lacks(StaffRole role)
    {
        var caller = await App.SignedInAsAsync(role);
        var held = (await caller.GetFromJsonAsync<MeResponse>("/api/v1/auth/me"))!.Permissions.ToHashSet();
        var guarded = GuardedEndpoint.All(App.Services).Where(e => e.Requirements.Count > 0).ToList();
        var lacking = guarded.Where(e => !e.IsMetBy(held)).ToList();
        Assert.NotEqual(guarded.Count, lacking.Count); // every role may do something

        var admitted = new List<string>();
        foreach (var endpoint in lacking)
        {
            var status = await SendAsync(caller, endpoint);
            if (status != HttpStatusCode.Forbidden)
            {
                admitted.Add($"{endpoint} (needs {string.Join(" and ", endpoint.Requirements.Select(anyOf => string.Join(" or ", anyOf)))}) → {(int)status}");
            }
        }

        Assert.True(admitted.Count == 0, string.Join(Environment.NewLine, admitted));
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, GuardedEndpoint endpoint)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path);
        if (endpoint.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, endpoint.ContentType ?? "application/json");
        }

        request.Headers.IfMatch.ParseAdd("\"1\"");
        return (await client.SendAsync(request)).StatusCode;
    }

    private sealed record MeResponse(IReadOnlyList<string> Permissions);
}
