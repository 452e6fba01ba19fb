using Hangfire;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Knowledge.Features.Entries;
using Huiyin.Knowledge.Features.Phrases;
using Huiyin.Knowledge.Features.Shared;
using Huiyin.Knowledge.Persistence;
using Huiyin.Knowledge.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Knowledge;

/// <summary>Knowledge: one answer for everyone — approved answers and S4's scripts, searched from the desk's forms, and the phrases never to say.</summary>
public sealed class KnowledgeModule : IModule
{
    public string Name => KnowledgeDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<KnowledgeDbContext>(KnowledgeDbContext.SchemaName);
        services.AddSingleton(KnowledgePermissionGrants.All);
        services.AddHandlersFrom(typeof(KnowledgeModule).Assembly);

        services.AddScoped<EntryResponses>();
        services.AddScoped<EntryTransitions>();
        services.AddScoped<IStartupTask, DefaultForbiddenPhrases>();
        services.AddScoped<IStartupTask, DefaultKnowledge>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var phrases = api.MapGroup("/knowledge/forbidden-phrases").WithTags("Knowledge");
        phrases.MapListForbiddenPhrases();
        phrases.MapSetForbiddenPhrases();

        var knowledge = api.MapGroup("/knowledge").WithTags("Knowledge");
        knowledge.MapSearchKnowledge();
        knowledge.MapListDueForReview();
        knowledge.MapGetEntry();
        knowledge.MapCreateEntry();
        knowledge.MapUpdateEntry();
        knowledge.MapApproveEntry();
        knowledge.MapRetireEntry();
    }

    public void RegisterJobs(IRecurringJobManager jobs)
    {
    }
}
