using Huiyin.BuildingBlocks.Modules;

namespace Huiyin.Organization.Auth;

/// <summary>Fails start-up, rather than the first sign-in, when the signing key is missing or too short.</summary>
internal sealed class SigningKeyCheck(SigningKey signingKey) : IStartupTask
{
    public Task RunAsync(CancellationToken cancellationToken) =>
        signingKey.Key.KeySize > 0 ? Task.CompletedTask : throw new InvalidOperationException("The signing key is empty.");
}
