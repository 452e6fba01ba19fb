using System.Diagnostics.CodeAnalysis;
using Huiyin.BuildingBlocks.Messaging;

namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>
/// Finds the DbContext of the module a request belongs to: the context named for the request outright
/// (<see cref="RequestOwner"/>), else its module's by the request's module name.
/// </summary>
internal sealed class ModuleDbContextMap(IEnumerable<ModuleDatabase> databases, IEnumerable<RequestOwner> owners)
{
    private readonly Dictionary<string, Type> _byModule = databases.ToDictionary(d => ModuleNames.Of(d.ContextType), d => d.ContextType);
    private readonly Dictionary<Type, Type> _byRequest = owners.ToDictionary(o => o.RequestType, o => o.ContextType);

    public bool TryGetFor(Type requestType, [NotNullWhen(true)] out Type? contextType) =>
        _byRequest.TryGetValue(requestType, out contextType) || _byModule.TryGetValue(ModuleNames.Of(requestType), out contextType);
}

/// <summary>Names the context that owns a request when its module name cannot tell (two modules in one assembly).</summary>
internal sealed record RequestOwner(Type RequestType, Type ContextType);
