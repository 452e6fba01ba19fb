namespace Huiyin.Facilities.Domain.Outages;

internal enum OutagePhase
{
    Start,
    Restoration,
}

internal enum NoticeOutcome
{
    Sent,
    NoConsent,
    NoMobile,
}

/// <summary>
/// What became of one affected customer at one phase of an outage: told by text message (<see cref="MessageId"/>), or not for want
/// of consent or of a mobile phone. One row per outage, phase and customer, so a repeated run tells nobody twice.
/// </summary>
internal sealed record OutageNotice(OutageId OutageId, OutagePhase Phase, Guid CustomerId, NoticeOutcome Outcome, string? MaskedPhone, Guid? MessageId, DateTimeOffset RecordedAt);
