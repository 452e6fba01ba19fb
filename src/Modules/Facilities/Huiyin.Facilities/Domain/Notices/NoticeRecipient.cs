namespace Huiyin.Facilities.Domain.Notices;

internal enum TextOutcome
{
    Sent,
    NoConsent,
    NoMobile,
}

/// <summary>
/// What became of one customer of a notice's units: texted (<see cref="MessageId"/>), or not for want of consent or of a
/// mobile phone. One row per notice and customer, so a repeated run texts nobody twice.
/// </summary>
internal sealed record NoticeRecipient(NoticeId NoticeId, Guid CustomerId, TextOutcome Outcome, string? MaskedPhone, Guid? MessageId, DateTimeOffset RecordedAt);
