using Hangfire;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Delivery;
using Huiyin.Notifications.Domain;
using Huiyin.Notifications.Features;
using Huiyin.Notifications.Persistence;
using Huiyin.Notifications.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Notifications;

/// <summary>Notifications: text messages from templates, recorded with the caller's change and delivered after commit.</summary>
public sealed class NotificationsModule : IModule
{
    public string Name => NotificationsDbContext.SchemaName;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<NotificationsDbContext>(NotificationsDbContext.SchemaName);
        services.AddSingleton(NotificationsPermissionGrants.All);
        services.AddHandlersFrom(typeof(NotificationsModule).Assembly);
        services.AddIntegrationEventsFrom(typeof(SmsQueued).Assembly);
        services.AddSingleton<TemplateDefaults>();
        services.AddSingleton<DeliveryAttempts>();
        services.AddSingleton<ISmsSender, LoggingSmsSender>();
        services.AddScoped<IStartupTask, DefaultTemplates>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var notifications = api.MapGroup("/notifications");

        var templates = notifications.MapGroup("/templates").WithTags("Message templates");
        templates.MapListTemplates();
        templates.MapGetTemplate();
        templates.MapUpdateTemplate();

        notifications.MapGroup("/messages").WithTags("Outgoing messages").MapListMessages();
    }

    public void RegisterJobs(IRecurringJobManager jobs)
    {
    }
}
