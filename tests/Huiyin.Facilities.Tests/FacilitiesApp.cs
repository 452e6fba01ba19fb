using Huiyin.TestKit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Facilities.Tests;

/// <summary>The host with the recurring jobs off: each test decides when the certificate reminders run.</summary>
public sealed class FacilitiesApp : HuiyinApp
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Hangfire:Enabled"] = "false" };

    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}

[CollectionDefinition(Name)]
public sealed class FacilitiesCollection : ICollectionFixture<FacilitiesApp>
{
    public const string Name = "Facilities";
}
