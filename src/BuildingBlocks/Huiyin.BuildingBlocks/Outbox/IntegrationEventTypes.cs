using System.Reflection;

namespace Huiyin.BuildingBlocks.Outbox;

/// <summary>The integration event types the host knows, by the name stored in outbox rows.</summary>
public sealed class IntegrationEventTypes
{
    private readonly Dictionary<string, Type> _byName = [];

    public void AddFrom(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(IntegrationEvent))))
        {
            _byName[type.FullName!] = type;
        }
    }

    public Type? Find(string name) => _byName.GetValueOrDefault(name);
}
