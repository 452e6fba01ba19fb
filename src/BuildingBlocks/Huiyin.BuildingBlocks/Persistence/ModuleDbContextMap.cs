using System.Diagnostics.CodeAnalysis;
using Huiyin.BuildingBlocks.Messaging;

namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>Finds the DbContext of the module a request belongs to (by the request's module name).</summary>
internal sealed class ModuleDbContextMap(IEnumerable<ModuleDatabase> databases)
{
    private readonly Dictionary<string, Type> _byModule = databases.ToDictionary(d => ModuleNames.Of(d.ContextType), d => d.ContextType);

    public bool TryGetFor(Type requestType, [NotNullWhen(true)] out Type? contextType) =>
        _byModule.TryGetValue(ModuleNames.Of(requestType), out contextType);
}
