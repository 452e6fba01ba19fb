namespace Huiyin.BuildingBlocks.Messaging;

/// <summary>Derives a module's name from a type's assembly: <c>Huiyin.Tickets</c> → <c>Tickets</c>.</summary>
public static class ModuleNames
{
    public static string Of(Type type)
    {
        var assemblyName = type.Assembly.GetName().Name ?? "Unknown";
        var name = assemblyName.StartsWith("Huiyin.", StringComparison.Ordinal) ? assemblyName["Huiyin.".Length..] : assemblyName;
        return name.EndsWith(".Contracts", StringComparison.Ordinal) ? name[..^".Contracts".Length] : name;
    }
}
