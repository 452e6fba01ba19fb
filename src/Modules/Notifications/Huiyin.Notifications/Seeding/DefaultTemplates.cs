using Huiyin.BuildingBlocks.Modules;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Domain;
using Huiyin.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Seeding;

/// <summary>
/// The templates the product sends, added at start-up when missing (an Admin's wording is never overwritten). The apology
/// for a customer who could not be reached is the specification's S1.
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
