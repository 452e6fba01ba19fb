using Microsoft.Extensions.Configuration;

namespace Huiyin.Sla;

/// <summary>
/// <c>Sla:PendApprovalAfter</c> (a time span, 72 hours by default): how long a pending item's resolution clock may stay paused;
/// past it the clock runs again by itself, and only an approved extension gives the handler more time.
/// </summary>
internal sealed record SlaOptions(TimeSpan PendApprovalAfter)
{
    public static readonly TimeSpan DefaultPendApprovalAfter = TimeSpan.FromHours(72);

    public static SlaOptions From(IConfiguration configuration) =>
        new(configuration.GetValue<TimeSpan?>("Sla:PendApprovalAfter") ?? DefaultPendApprovalAfter);
}
