using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Huiyin.BuildingBlocks.Outbox;

public static class OutboxRegistration
{
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Outbox");
        services.AddOptions<OutboxOptions>().Bind(section)
            .Validate(o => o.BatchSize > 0 && o.DeliveryConcurrency > 0, "Outbox:BatchSize and Outbox:DeliveryConcurrency must be at least 1.")
            .ValidateOnStart();
        services.AddIntegrationEventsFrom(typeof(IntegrationEvent).Assembly);
        services.TryAddSingleton<OutboxProcessor>();
        services.TryAddSingleton<ParkedMessages>();
        if (section.GetValue(nameof(OutboxOptions.DispatcherEnabled), true))
        {
            services.AddHostedService<OutboxDispatcher>();
        }

        return services;
    }

    /// <summary>Makes a module's integration events known to the dispatcher by their stored type name.</summary>
    public static IServiceCollection AddIntegrationEventsFrom(this IServiceCollection services, System.Reflection.Assembly assembly)
    {
        var types = (IntegrationEventTypes?)services.FirstOrDefault(d => d.ServiceType == typeof(IntegrationEventTypes))?.ImplementationInstance;
        if (types is null)
        {
            types = new IntegrationEventTypes();
            services.AddSingleton(types);
        }

        types.AddFrom(assembly);
        return services;
    }
}
