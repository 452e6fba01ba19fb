using System.Reflection;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Persistence;
using MediatR;

namespace Huiyin.ArchitectureTests;

/// <summary>
/// The unit of work runs a command in the transaction of the DbContext registered in its handler's assembly; a command
/// handled where no context lives would run without one.
/// </summary>
public sealed class CommandOwnershipTests
{
    private static readonly IReadOnlyList<Assembly> Everything = [.. Modules.All, .. Modules.Contracts, Modules.BuildingBlocks];

    [Fact]
    public void Every_command_is_handled_in_an_assembly_with_exactly_one_module_context()
    {
        var handlers = Everything.SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(type => type.GetInterfaces()
                .Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
                .Select(contract => (Request: contract.GetGenericArguments()[0], Handler: type)))
            .ToList();

        var commands = Everything.SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsAbstract: false, IsInterface: false } && typeof(ICommand).IsAssignableFrom(type))
            .ToList();
        Assert.NotEmpty(commands);

        var unowned = commands
            .Where(command => handlers.Where(h => h.Request == command).Select(h => ContextsIn(h.Handler.Assembly)).SingleOrDefault() != 1)
            .Select(command => command.FullName);

        Assert.Empty(unowned);
    }

    private static int ContextsIn(Assembly assembly) =>
        assembly.GetTypes().Count(type => type is { IsAbstract: false } && typeof(ModuleDbContext).IsAssignableFrom(type));
}
