using MailKit.Security;

namespace Huiyin.Notifications.Senders;

/// <summary>The mail server e-mails go through (section <c>Smtp</c>). Without a host, nothing is e-mailed.</summary>
internal sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (port 587), <c>SslOnConnect</c> (port 465), <c>StartTlsWhenAvailable</c>, or <c>None</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "";

    public string FromName { get; set; } = "回音客服";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
