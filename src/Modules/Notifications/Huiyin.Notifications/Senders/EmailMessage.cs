namespace Huiyin.Notifications.Senders;

/// <summary>A plain-text e-mail to one address, with the files it carries (a scheduled report's workbook).</summary>
internal sealed record EmailMessage(string To, string Subject, string Body, IReadOnlyList<EmailAttachment> Attachments)
{
    public EmailMessage(string to, string subject, string body)
        : this(to, subject, body, [])
    {
    }
}

internal sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
