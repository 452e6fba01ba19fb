using System.Reflection;
using FluentValidation;
using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Messaging.UnitOfWork;
using Huiyin.BuildingBlocks.Persistence;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Huiyin.BuildingBlocks.Messaging;

/// <summary>
/// MediatR 5.1.0 wiring (see docs/decisions/0001-mediatr-5.md): one mediator, the four behaviors in order
/// (logging → validation → unit of work → audit), and a small scan that registers a module's handlers and validators.
/// </summary>
public static class MessagingRegistration
{
    public static IServiceCollection AddMessagingCore(this IServiceCollection services)
    {
        // A rule stops at its first failure: one clear message per field, and later checks never see a null the first one caught.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        services.TryAddScoped<ServiceFactory>(provider => provider.GetService!);
        services.TryAddScoped<IMediator, Mediator>();
        services.TryAddScoped<SharedTransaction>();
        services.TryAddScoped<OwnTransaction>();
        services.TryAddScoped<CallersTransaction>();
        services.TryAddScoped<OutdatedCopyRetry>();
        services.TryAddSingleton<TransientFailureRetry>();
        services.TryAddSingleton<LostUpdateRetry>();
        services.AddOptions<DatabaseRetryOptions>();
        if (services.All(d => d.ServiceType != typeof(IPipelineBehavior<,>)))
        {
            services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
            services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
            services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));
            services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehavior<,>));
        }

        return services;
    }

    /// <summary>Registers every request handler, notification handler and validator declared in the assembly.</summary>
    public static IServiceCollection AddHandlersFrom(this IServiceCollection services, Assembly assembly)
    {
        services.AddMessagingCore();
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(IsHandlerContract))
            {
                services.Add(HandlerRegistration(contract, type));
            }
        }

        // Validators are built once: their rules do not change, and building them for every request cost allocations
        // on the hot path. A validator therefore depends on singletons only (a clock, not a DbContext).
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }

    /// <summary>Registers one closed handler type the assembly scan cannot see, such as a generic handler closed over each event it serves.</summary>
    public static IServiceCollection AddHandler(this IServiceCollection services, Type contract, Type handler)
    {
        services.AddMessagingCore();
        services.Add(HandlerRegistration(contract, handler));
        return services;
    }

    /// <summary>A handler that lends its transaction is handed the scope's <see cref="SharedTransaction"/> and the lost-update retry as it is created.</summary>
    private static ServiceDescriptor HandlerRegistration(Type contract, Type type)
    {
        if (!typeof(ISharesItsTransaction).IsAssignableFrom(type))
        {
            return ServiceDescriptor.Scoped(contract, type);
        }

        var create = ActivatorUtilities.CreateFactory(type, Type.EmptyTypes);
        return ServiceDescriptor.Scoped(contract, provider =>
        {
            var handler = (ISharesItsTransaction)create(provider, null);
            handler.Shared = provider.GetRequiredService<SharedTransaction>();
            handler.LostUpdates = provider.GetRequiredService<LostUpdateRetry>();
            return handler;
        });
    }

    private static bool IsHandlerContract(Type contract) =>
        contract.IsGenericType
        && (contract.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)
            || contract.GetGenericTypeDefinition() == typeof(INotificationHandler<>));
}
