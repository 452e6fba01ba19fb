using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using MediatR;

namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>
/// Finds the DbContext that owns a request: the context a module registered (<see cref="ModuleDatabase"/>) owns every
/// request handled in its assembly, unless a <see cref="RequestOwner"/> names another.
/// </summary>
internal sealed class ModuleDbContextMap
{
    private readonly Dictionary<Type, Type> _byRequest = [];

    public ModuleDbContextMap(IEnumerable<ModuleDatabase> databases, IEnumerable<RequestOwner> owners)
    {
        foreach (var database in databases)
        {
            foreach (var request in RequestsHandledIn(database.ContextType.Assembly))
            {
                _byRequest[request] = database.ContextType;
            }
        }

        foreach (var owner in owners)
        {
            _byRequest[owner.RequestType] = owner.ContextType;
        }
    }

    public bool TryGetFor(Type requestType, [NotNullWhen(true)] out Type? contextType) => _byRequest.TryGetValue(requestType, out contextType);

    /// <summary>The requests whose handlers live in <paramref name="assembly"/>.</summary>
    public static IEnumerable<Type> RequestsHandledIn(Assembly assembly) =>
        assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(type => type.GetInterfaces())
            .Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() is var definition
                && (definition == typeof(IRequestHandler<,>) || definition == typeof(IRequestHandler<>)))
            .Select(contract => contract.GetGenericArguments()[0])
            .Distinct();
}

/// <summary>Names the context that owns a request when its handler's assembly cannot tell (two modules in one assembly).</summary>
internal sealed record RequestOwner(Type RequestType, Type ContextType);
