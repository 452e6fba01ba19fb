using Huiyin.BuildingBlocks.Modules;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Seeding;

/// <summary>
/// On a new installation, the two daily rounds of the desk's procedures (巡楼检查的工作程序): the vacant-unit inspection
/// (电器是否完好，外窗玻璃、拉杆有无缺损，门锁有无故障，天花、墙体状况以及管道有无漏水) and the public-area patrol.
/// </summary>
internal sealed class DefaultChecklists(FacilitiesDbContext db) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await db.Checklists.AnyAsync(cancellationToken))
        {
            return;
        }

        db.Checklists.Add(Checklist.Create("空置房巡检", ChecklistTarget.VacantUnits, null,
        [
            Item("电器是否完好", RepairCategory.Appliance),
            Item("外窗玻璃、拉杆有无缺损", RepairCategory.Other),
            Item("门锁有无故障", RepairCategory.Security),
            Item("天花、墙体状况", RepairCategory.Other, photoRequired: true),
            Item("管道有无漏水", RepairCategory.Plumbing),
            Item("房内是否整洁（较乱须安排清扫）", RepairCategory.Cleaning),
        ]));
        db.Checklists.Add(Checklist.Create("公共区域日巡", ChecklistTarget.PublicAreas, null,
        [
            Item("照明是否正常", RepairCategory.Electrical),
            Item("门窗、玻璃、墙壁、地面是否完好、整洁", RepairCategory.Cleaning),
            Item("消防设施、疏散通道是否完好畅通", RepairCategory.Security),
            Item("设备设施有无报修问题", RepairCategory.Other),
        ]));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ChecklistItem Item(string text, RepairCategory category, bool photoRequired = false) =>
        new() { Id = Guid.CreateVersion7(), Text = text, Kind = ChecklistItemKind.PassFail, Category = category, PhotoRequired = photoRequired };
}
