using System.Reflection;
using System.Runtime.CompilerServices;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Huiyin.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> ModuleNames => new(Modules.All.Select(Modules.NameOf));

    [Fact]
    public void The_host_runs_at_least_one_module() => Assert.NotEmpty(Modules.All);

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_references_only_the_building_blocks_and_contracts(string module)
    {
        var forbidden = Load(module).GetReferencedAssemblies()
            .Where(name => Modules.IsHuiyin(name) && name.Name != Modules.NameOf(Modules.BuildingBlocks) && !Modules.IsContracts(name))
            .Select(name => name.Name);

        Assert.Empty(forbidden);
    }

    [Fact]
    public void Contracts_reference_only_the_building_blocks_and_other_contracts()
    {
        var forbidden = Modules.Contracts
            .SelectMany(contracts => contracts.GetReferencedAssemblies().Select(name => (contracts, name)))
            .Where(pair => Modules.IsHuiyin(pair.name) && pair.name.Name != Modules.NameOf(Modules.BuildingBlocks) && !Modules.IsContracts(pair.name))
            .Select(pair => $"{Modules.NameOf(pair.contracts)} → {pair.name.Name}");

        Assert.Empty(forbidden);
    }

    [Fact]
    public void The_building_blocks_know_no_module() =>
        Assert.DoesNotContain(Modules.BuildingBlocks.GetReferencedAssemblies(), name => Modules.IsHuiyin(name));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_modules_types_are_internal_except_its_module_entry_point(string module)
    {
        var publicTypes = Load(module).GetExportedTypes().Where(type => !typeof(IModule).IsAssignableFrom(type)).Select(type => type.FullName);

        Assert.Empty(publicTypes);
        Assert.Single(Load(module).GetExportedTypes());
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_modules_classes_are_sealed_unless_abstract_static_or_generated(string module)
    {
        var unsealed = Load(module).GetTypes()
            .Where(type => type is { IsClass: true, IsSealed: false, IsAbstract: false })
            .Where(type => !type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
            .Where(type => !typeof(Migration).IsAssignableFrom(type) && !typeof(ModelSnapshot).IsAssignableFrom(type))
            .Select(type => type.FullName);

        Assert.Empty(unsealed);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_modules_tables_all_live_in_its_own_schema(string module)
    {
        var assembly = Load(module);
        var entryPoint = (IModule)Activator.CreateInstance(assembly.GetExportedTypes().Single(t => typeof(IModule).IsAssignableFrom(t)))!;

        foreach (var context in DesignTimeContexts(assembly))
        {
            using (context)
            {
                Assert.Equal(entryPoint.Name, context.Schema);
                var foreign = context.Model.GetEntityTypes().Where(e => e.GetSchema() != context.Schema).Select(e => $"{e.GetSchema()}.{e.GetTableName()}");
                Assert.Empty(foreign);
                Assert.Equal(context.Schema, RelationalOptionsExtension.Extract(context.GetService<IDbContextOptions>()).MigrationsHistoryTableSchema);
            }
        }
    }

    [Fact]
    public void No_two_modules_share_a_schema()
    {
        var schemas = Modules.All.SelectMany(DesignTimeContexts).Select(context => { using (context) { return context.Schema; } }).ToList();

        Assert.Equal(schemas.Count, schemas.Distinct().Count());
    }

    private static Assembly Load(string module) => Modules.All.Single(a => Modules.NameOf(a) == module);

    private static IEnumerable<ModuleDbContext> DesignTimeContexts(Assembly module) =>
        module.GetTypes()
            .Where(type => !type.IsAbstract && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)))
            .Select(factory => (ModuleDbContext)factory.GetMethod("CreateDbContext")!.Invoke(Activator.CreateInstance(factory), [Array.Empty<string>()])!);
}
