using System.Reflection;
using Huiyin.BuildingBlocks.Modules;

namespace Huiyin.ArchitectureTests;

/// <summary>The assemblies the rules speak of, found from the host so that a new module is checked without listing it.</summary>
internal static class Modules
{
    private const string Prefix = "Huiyin.";
    private const string ContractsSuffix = ".Contracts";

    public static readonly Assembly BuildingBlocks = typeof(IModule).Assembly;

    public static readonly IReadOnlyList<Assembly> All = typeof(Program).Assembly.GetReferencedAssemblies()
        .Where(name => name.Name!.StartsWith(Prefix, StringComparison.Ordinal) && name.Name != BuildingBlocks.GetName().Name && !IsContracts(name))
        .Select(Assembly.Load)
        .ToList();

    public static readonly IReadOnlyList<Assembly> Contracts = All
        .SelectMany(module => module.GetReferencedAssemblies())
        .Where(name => name.Name!.EndsWith(ContractsSuffix, StringComparison.Ordinal))
        .DistinctBy(name => name.Name)
        .Select(Assembly.Load)
        .ToList();

    public static string NameOf(Assembly assembly) => assembly.GetName().Name!;

    public static bool IsContracts(AssemblyName name) => name.Name!.EndsWith(ContractsSuffix, StringComparison.Ordinal);

    public static bool IsHuiyin(AssemblyName name) => name.Name!.StartsWith(Prefix, StringComparison.Ordinal);
}
