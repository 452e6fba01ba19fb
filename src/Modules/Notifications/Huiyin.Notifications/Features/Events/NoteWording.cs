using Huiyin.Notifications.Domain;
using Huiyin.Notifications.Domain.Inbox;

namespace Huiyin.Notifications.Features.Events;

/// <summary>An inbox line worded in Chinese for mail and text messages, which, unlike the SPA, cannot word a code themselves.</summary>
internal static class NoteWording
{
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["inbox.escalated"] = "已上报至您（第 {level} 级）：{metric}超时",
        ["inbox.breached"] = "已超时：您处理的工作{metric}时限已过",
        ["inbox.warned"] = "请抓紧：您处理的工作{metric}时限将到",
        ["inbox.jobDispatched"] = "有新的派工给您",
        ["inbox.followUpDue"] = "请致电 {number} 的业主：已一天未沟通",
        ["inbox.majorComplaint"] = "重大投诉 {number}（{category}）",
        ["inbox.mediaComplaint"] = "投诉 {number} 来自媒体",
        ["inbox.complaintRaisedToMajor"] = "投诉 {number} 已升为重大",
        ["inbox.outageStarted"] = "停水停电等事件：{title}",
        ["inbox.outageRestored"] = "已恢复：{title}",
        ["inbox.certificateExpiring"] = "{name} 的证书 {certificate} 将于 {expiresOn} 到期",
        ["inbox.webhookDisabled"] = "Webhook 端点已停用（{reason}）：{url}",
        ["inbox.emergencyPaged"] = "紧急事件，请立即处理：{category}，工单 {number}",
    };

    private static readonly Dictionary<string, string> Emergencies = new()
    {
        ["LiftEntrapment"] = "电梯困人",
        ["GasLeak"] = "燃气泄漏",
        ["BurstPipe"] = "爆管",
        ["Fire"] = "火情",
        ["BuildingPowerCut"] = "整栋停电",
    };

    private static readonly Dictionary<string, string> Metrics = new()
    {
        ["FirstContact"] = "首次联系",
        ["Resolution"] = "处理完成",
        ["CallbackDue"] = "回访",
    };

    public static string Text(InboxNote note)
    {
        var values = note.Args.ToDictionary(a => a.Key, a => a.Key switch
        {
            "metric" => Metrics.GetValueOrDefault(a.Value, a.Value),
            "category" => Emergencies.GetValueOrDefault(a.Value, a.Value),
            _ => a.Value,
        });
        var text = TemplateText.Render(Texts[note.Code], values);
        return text.IsSuccess ? text.Value : note.Code;
    }

    public static string Subject(string text) => $"【回音】{(text.Length > 180 ? text[..180] : text)}";

    public static string Body(string text) => $"{text}\n\n请登录回音客服台查看详情。";
}
