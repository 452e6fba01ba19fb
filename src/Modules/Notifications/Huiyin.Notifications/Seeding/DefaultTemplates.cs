using Huiyin.BuildingBlocks.Modules;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Domain;
using Huiyin.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Seeding;

/// <summary>
/// The templates the product sends, added at start-up when missing (an Admin's wording is never overwritten). The apology
/// for a customer who could not be reached is the specification's S1; the outage notices tell the residents of affected units, and the notices those of the units in scope; the receipt acknowledges a customer's report (S4).
/// </summary>
internal sealed class DefaultTemplates(NotificationsDbContext db) : IStartupTask
{
    private static readonly MessageTemplate[] Defaults =
    [
        MessageTemplate.Create(
            SmsTemplates.UnreachableApology,
            "无法联系客户时的致歉短信",
            "{customerName}先生/女士您好，我是{company}的工作人员，今日接到您关于{subject}的来电后，想与您取得联系，但您电话一直无法接通，请您收到短信后与我联系，或致电客服热线{hotline}。抱歉打扰您，祝您生活愉快。",
            ["customerName", "subject", TemplateDefaults.Company, TemplateDefaults.Hotline]),
        MessageTemplate.Create(
            SmsTemplates.OutageStarted,
            "停水停电等突发事件通知",
            "尊敬的业主/住户：因{title}，{scope}暂停服务，预计{estimatedRestoration}恢复。维修人员正在全力抢修，给您带来不便，敬请谅解。",
            ["title", "scope", "estimatedRestoration"]),
        MessageTemplate.Create(
            SmsTemplates.OutageRestored,
            "突发事件恢复通知",
            "尊敬的业主/住户：{scope}的{title}已于{restoredAt}处理完毕，服务已恢复正常。感谢您的理解与配合。",
            ["title", "scope", "restoredAt"]),
        MessageTemplate.Create(
            SmsTemplates.Notice,
            "通知公告",
            "尊敬的业主/住户：{title}。{body}",
            ["title", "body"]),
        MessageTemplate.Create(
            SmsTemplates.ReportReceipt,
            "受理回执",
            "您好，您反映的{category}问题已受理，受理编号{number}，我们承诺于{promisedAt}前处理完毕。如需查询请致电客服热线{hotline}。",
            ["number", "category", "promisedAt", TemplateDefaults.Hotline]),
    ];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Templates.Select(t => t.Key).ToListAsync(cancellationToken);
        var missing = Defaults.Where(t => !existing.Contains(t.Key)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        db.Templates.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
    }
}
