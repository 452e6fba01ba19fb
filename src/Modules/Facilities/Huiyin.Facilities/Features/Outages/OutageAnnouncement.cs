using Huiyin.BuildingBlocks.Time;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Domain.Notices;
using Huiyin.Facilities.Domain.Outages;
using Huiyin.Facilities.Features.Shared;
using Huiyin.Notifications.Contracts;

namespace Huiyin.Facilities.Features.Outages;

/// <summary>
/// The notice an outage sends by itself, of kind <see cref="NoticeKind.Outage"/>, to the units it affects: when it is recorded
/// (the <c>outage-started</c> text) and when service is back (<c>outage-restored</c>).
/// </summary>
internal sealed class OutageAnnouncement(NoticeDesk desk, DeskTime deskTime)
{
    public async Task SendAsync(Outage outage, IReadOnlyList<UnitId> units, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string> { ["title"] = outage.Title, ["scope"] = Scope(outage.ScopeLabels) };
        string template, body;
        if (outage.InForce)
        {
            values["estimatedRestoration"] = outage.EstimatedRestorationAt is { } estimate ? deskTime.MonthDayTime(estimate) : "另行通知";
            (template, body) = (SmsTemplates.OutageStarted, $"因{values["title"]}，{values["scope"]}暂停服务，预计{values["estimatedRestoration"]}恢复。");
        }
        else
        {
            values["restoredAt"] = deskTime.MonthDayTime(outage.RestoredAt!.Value);
            (template, body) = (SmsTemplates.OutageRestored, $"{values["scope"]}的{values["title"]}已于{values["restoredAt"]}处理完毕，服务已恢复正常。");
        }

        var draft = new NoticeDraft(NoticeKind.Outage, outage.Title, body, [NoticeChannel.Sms], new NoticeText(template, values), outage.Id);
        var scope = new UnitScope(outage.SiteIds, outage.BuildingIds, units, outage.ScopeLabels);
        var notice = await desk.SendAsync(draft, scope, cancellationToken);
        outage.Announced(notice.Id);
    }

    /// <summary>The places named in full while a text message has room for them, then "等".</summary>
    private static string Scope(IReadOnlyList<string> labels)
    {
        var named = labels.Take(3).ToList();
        return string.Join("、", named) + (labels.Count > named.Count ? "等" : "");
    }
}
