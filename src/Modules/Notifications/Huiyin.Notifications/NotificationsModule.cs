using Hangfire;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Domain;
using Huiyin.Notifications.Features;
using Huiyin.Notifications.Features.Events;
using Huiyin.Notifications.Features.Inbox;
using Huiyin.Notifications.Features.Preferences;
using Huiyin.Notifications.Features.Webhooks;
using Huiyin.Notifications.Persistence;
using Huiyin.Notifications.Realtime;
using Huiyin.Notifications.Seeding;
using Huiyin.Notifications.Senders;
using Huiyin.Notifications.Senders.Aliyun;
using Huiyin.Notifications.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Notifications;

/// <summary>
/// Notifications: text messages from templates, recorded with the caller's change and delivered after commit; signed
/// webhooks to integrators, queued from other modules' events and posted with retries by a dispatcher on every host; each
/// person's inbox of what concerns them, pushed to their screens through the desk hub.
/// </summary>
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
        services.AddSmsSender(configuration);
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddScoped<IStartupTask, DefaultTemplates>();
        AddWebhooks(services, configuration);
        services.AddInboxEventHandlers();
        services.AddDeskHub(configuration);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var notifications = api.MapGroup("/notifications");

        var templates = notifications.MapGroup("/templates").WithTags("Message templates");
        templates.MapListTemplates();
        templates.MapGetTemplate();
        templates.MapUpdateTemplate();

        notifications.MapGroup("/messages").WithTags("Outgoing messages").MapListMessages();

        var webhooks = api.MapGroup("/webhooks").WithTags("Webhooks");
        webhooks.MapCreateWebhook();
        webhooks.MapListWebhooks();
        webhooks.MapGetWebhook();
        webhooks.MapSetWebhookEnabled();
        webhooks.MapRotateWebhookSecret();
        webhooks.MapListWebhookDeliveries();
        webhooks.MapRedeliverWebhook();

        var inbox = api.MapGroup("/me/inbox").WithTags("My inbox");
        inbox.MapListInbox();
        inbox.MapMarkInboxRead();

        var preferences = api.MapGroup("/me/notification-preferences").WithTags("My notification preferences");
        preferences.MapGetMyPreferences();
        preferences.MapChangeMyPreferences();
    }

    public void MapRootEndpoints(IEndpointRouteBuilder app) => app.MapDeskHub();

    private static void AddWebhooks(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(WebhookOptions.Section);
        services.Configure<WebhookOptions>(section);
        services.AddWebhookEventHandlers();
        services.AddWebhookHttpClient();
        services.AddDataProtection().SetApplicationName("Huiyin").PersistKeysToDbContext<NotificationsDbContext>();
        services.AddSingleton<WebhookSecrets>();
        services.AddScoped<OwnedEndpoints>();
        services.AddScoped<WebhookAttemptRunner>();
        services.AddSingleton<WebhookDispatch>();
        if (section.GetValue(nameof(WebhookOptions.DispatcherEnabled), true))
        {
            services.AddHostedService<WebhookDispatcher>();
        }
    }

    public void RegisterJobs(IRecurringJobManager jobs)
    {
    }
}
