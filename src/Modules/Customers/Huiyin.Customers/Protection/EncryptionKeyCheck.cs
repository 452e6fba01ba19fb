using Huiyin.BuildingBlocks.Modules;
using Huiyin.Customers.Persistence;

namespace Huiyin.Customers.Protection;

/// <summary>
/// Fails start-up, rather than the first customer read, when a key that sealed stored values is no longer configured
/// (removed before <c>customers:re-encrypt</c> finished). A missing or malformed key already failed building the key ring.
/// </summary>
internal sealed class EncryptionKeyCheck(SensitiveData sensitive, CustomersDbContext db) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var missing = (await KeyUsage.CountAsync(db, cancellationToken)).Where(use => !sensitive.KeyIds.Contains((byte)use.KeyId)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", missing.Select(use =>
                $"{use.Values} customer value(s) are sealed with key {use.KeyId}, which is not configured: keep {EncryptionKeyRing.KeysSection}:{use.KeyId} until customers:re-encrypt has moved them")));
        }
    }
}
