using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Knowledge.Domain;
using Huiyin.Knowledge.Persistence;
using Huiyin.Organization.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using static Huiyin.Knowledge.Domain.KnowledgeKind;

namespace Huiyin.Knowledge.Seeding;

/// <summary>
/// On a new installation, S4's scripts (接电话、打电话、传电话、留言、结束电话) and the answers the front desk's service rules give,
/// approved, owned by the first Admin, due for review in a year.
/// </summary>
internal sealed class DefaultKnowledge(KnowledgeDbContext db, IMediator sender, DeskTime desk, TimeProvider clock) : IStartupTask
{
    private static readonly (KnowledgeKind Kind, string Title, string Body, string[] Categories, string[] Tags)[] Defaults =
    [
        (Script, "问候语（接听电话）",
            "铃响3声之内迅速接听，主动问好：“您好，XX物管，101号张XX为您服务。”\n超过三声后接起电话，则应说：“不好意思，刚才有事走开了，请问有什么可以帮到您？”",
            [], ["问候", "接电话"]),
        (Script, "打电话（外呼）", "接通电话后即讲：“您好，我是XX物管服务人员101号XX，请问是XX业主吗？”", [], ["外呼", "回访", "打电话"]),
        (Script, "传电话（转接）", "应先说：“老师，您好，请稍等。”再转给同事。", [], ["转接", "传电话"]),
        (Script, "留言（同事不在岗位）",
            "“对不起，XX先生（小姐）暂时不在，如果方便请您留下联系方式（电话、姓名等信息）好吗？”当对方留下讯息时，应讲：“好的，我一定会转达。”\n记下来电时间、来电人姓名、事由、房号及相关事项。",
            [], ["留言", "房号"]),
        (Script, "结束电话", "结束电话时，要说：“老师，谢谢您，再见。”并等对方放下话筒后再搁下电话。", [], ["结束语", "再见"]),
        (Answer, "暂时无法解决时怎样答复",
            "如果不能及时帮助业主解决问题，要主动给业主讲明原因，取得业主的同意，并确定具体处理时间。遇到不清楚或不能处理的报事，应及时向上级领导请示，并对业主说“对不起，请稍等”。",
            [], ["答复", "请示"]),
        (Answer, "报事、投诉的回复时限",
            "十五分钟内第一次回复业主即将如何处理的情况。该项报事投诉没处理完之前，每天与业主沟通跟进处理经过，并记录处理方式（电话、上门或业主到前台）、处理时间、处理人和业主回复的具体内容。",
            [], ["时限", "十五分钟", "跟进"]),
        (Answer, "投诉后联系不上客户",
            "接到客户投诉，3小时内首次与客户取得电话联系；若因客户原因无法取得联系，立即发送问候短信，请客户收到短信后与我们联系，或致电客服热线。",
            ["Service", "StaffConduct", "Fees", "Maintenance"], ["投诉", "短信", "联系不上"]),
        (Answer, "电梯困人",
            "接到电梯被困人员的呼叫，应立即通知值班人员赶赴现场，采取措施，按照《电梯救困流程》处理，防止危险情况发生；安抚被困人员，请其不要扒门、不要强行离开轿厢。",
            ["LiftEntrapment", "Lift"], ["电梯", "困人", "救援"]),
        (Answer, "燃气泄漏",
            "接到煤气泄漏报告，立即通知工程部值班人员赶到现场，关闭泄漏煤气管道控制阀，并悬挂“煤气泄漏，严禁火种”标示牌；安排人员看护现场，疏散围观人员，严防有人吸烟及开关电源引起爆炸。",
            ["GasLeak", "Gas"], ["燃气", "煤气", "泄漏"]),
    ];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await db.Entries.AnyAsync(cancellationToken))
        {
            return;
        }

        var owner = (await sender.Send(new GetStaffCards(StaffRole.Admin), cancellationToken)).FirstOrDefault()?.Id;
        var reviewBy = desk.Today(clock).AddYears(1);
        db.Entries.AddRange(Defaults.Select(d => KnowledgeEntry.Installed(new EntryWording(d.Kind, d.Title, d.Body, d.Categories, d.Tags, owner, reviewBy))));
        await db.SaveChangesAsync(cancellationToken);
    }
}
