using Huiyin.BuildingBlocks.Modules;

namespace Huiyin.Customers.Protection;

/// <summary>Fails start-up, rather than the first customer saved, when <c>Customers:EncryptionKey</c> is missing or malformed.</summary>
internal sealed class EncryptionKeyCheck(SensitiveData sensitive) : IStartupTask
{
    public Task RunAsync(CancellationToken cancellationToken) =>
        sensitive.Index("check", "check").Length > 0 ? Task.CompletedTask : throw new InvalidOperationException("The customers' encryption key is unusable.");
}
