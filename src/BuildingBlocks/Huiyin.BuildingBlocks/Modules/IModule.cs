using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.BuildingBlocks.Modules;

/// <summary>
/// What the host needs from a module: its services, its endpoints under <c>/api/v1</c>, and its recurring jobs.
/// </summary>
public interface IModule
{
    /// <summary>The module's name, also its PostgreSQL schema (<c>organization</c>, <c>tickets</c>…).</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder api);

    /// <summary>Endpoints outside <c>/api/v1</c> (a SignalR hub); most modules have none.</summary>
    void MapRootEndpoints(IEndpointRouteBuilder app)
    {
    }

    void RegisterJobs(IRecurringJobManager jobs);
}
