using Microsoft.AspNetCore.DataProtection;

namespace Huiyin.Notifications.Webhooks;

/// <summary>Keeps endpoint secrets protected at rest with ASP.NET Data Protection; they are unprotected only to sign.</summary>
internal sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Huiyin.Notifications.WebhookSecrets");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
