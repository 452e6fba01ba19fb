using System.Globalization;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Time;
using Huiyin.Customers.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Unit = Huiyin.Facilities.Domain.Unit;

namespace Huiyin.Facilities.Seeding;

/// <summary>
/// The local run's demo estate (<c>Seed:Demo=true</c>): two sites of six buildings and 600 units, most held by the demo
/// customers and some vacant, public areas, lifts with certificates (one expiring within 30 days), pumps, boilers and
/// gates, one pump down; then its day at work (<see cref="DemoDay"/>). Only into an empty module, after the demo customers and
/// the default checklists.
/// </summary>
internal sealed class DemoFacilities(FacilitiesDbContext db, IMediator mediator, DeskTime desk, TimeProvider clock, IConfiguration configuration) : IStartupTask
{
    private const int FloorsPerBuilding = 25;
    private const int DoorsPerFloor = 2;
    private static readonly string[] Entrances = ["1", "2"];
    private static readonly (string Name, string Address, int Buildings)[] Sites =
    [
        ("翠湖花园", "杭州市西湖区文三路 88 号", 4),
        ("锦江苑", "杭州市拱墅区湖墅南路 126 号", 2),
    ];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Seed:Demo") || await db.Sites.AnyAsync(cancellationToken))
        {
            return;
        }

        var customers = await mediator.Send(new ListCustomerSummaries(1000), cancellationToken);
        var now = clock.GetUtcNow();
        var holders = new Holders(customers.Select(c => c.CustomerId).ToList(), now);
        for (var s = 0; s < Sites.Length; s++)
        {
            var site = Site.Create(Sites[s].Name, Sites[s].Address);
            db.Sites.Add(site);
            AddSiteWide(site, s + 1, now);
            for (var b = 1; b <= Sites[s].Buildings; b++)
            {
                var building = Building.Create(site.Id, b.ToString(CultureInfo.InvariantCulture), $"{b}栋", FloorsPerBuilding);
                db.Buildings.Add(building);
                AddBuildingWide(site, s + 1, building, now, expiringSoon: s == 0 && b == 1);
                AddUnits(site, building, holders);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await new DemoDay(db, mediator, desk, clock).AddAsync(cancellationToken);
    }

    private void AddUnits(Site site, Building building, Holders holders)
    {
        foreach (var entrance in Entrances)
        {
            for (var floor = 1; floor <= FloorsPerBuilding; floor++)
            {
                for (var door = 1; door <= DoorsPerFloor; door++)
                {
                    var unit = Unit.Create(site, building, new UnitPlace(entrance, floor, $"{floor}{door:D2}"), door == 1 ? 89.5m : 126.8m);
                    holders.MoveInto(unit);
                    db.Units.Add(unit);
                }
            }
        }
    }

    private void AddSiteWide(Site site, int siteNumber, DateTimeOffset now)
    {
        var siteOnly = new EquipmentLocation(site.Id, null, null, null);
        var plantRoom = PublicArea.Create(site.Id, null, AreaKind.PlantRoom, "水泵房");
        db.Areas.AddRange(PublicArea.Create(site.Id, null, AreaKind.Garden, "中心花园"), PublicArea.Create(site.Id, null, AreaKind.CarPark, "地下车库"),
            PublicArea.Create(site.Id, null, AreaKind.Clubhouse, "会所"), plantRoom);
        var inPlantRoom = new EquipmentLocation(site.Id, null, plantRoom.Id, null);
        var pump = Equipment.Create("生活水泵 1号", EquipmentType.Pump, inPlantRoom, "杭州清源水务设备维保", null, null);
        db.Equipment.AddRange(pump, Equipment.Create("生活水泵 2号", EquipmentType.Pump, inPlantRoom, "杭州清源水务设备维保", null, null),
            Equipment.Create("燃气锅炉", EquipmentType.Boiler, inPlantRoom, "浙江特种设备维保中心", $"GL3301{siteNumber}", now.AddDays(240)),
            Equipment.Create("东门道闸", EquipmentType.Gate, siteOnly, "捷顺停车设备", null, null),
            Equipment.Create("南门道闸", EquipmentType.Gate, siteOnly, "捷顺停车设备", null, null));
        if (siteNumber == 1)
        {
            pump.ChangeStatus(EquipmentStatus.Down, now.AddHours(-3), "水泵电机过热跳闸，已联系维保单位");
        }
    }

    private void AddBuildingWide(Site site, int siteNumber, Building building, DateTimeOffset now, bool expiringSoon)
    {
        db.Areas.Add(PublicArea.Create(site.Id, building.Id, AreaKind.Lobby, $"{building.Name}大堂"));
        var inBuilding = new EquipmentLocation(site.Id, building.Id, null, null);
        foreach (var entrance in Entrances)
        {
            var certificate = $"TS31{siteNumber}{building.Code}{entrance}0";
            var expires = now.AddDays(expiringSoon && entrance == Entrances[0] ? 18 : 300);
            db.Equipment.Add(Equipment.Create($"{building.Name}{entrance}单元电梯", EquipmentType.Lift, inBuilding, "奥的斯电梯维保", certificate, expires));
        }
    }

    /// <summary>
    /// Who moves into each unit in turn: every fifth unit stays vacant; the others get the next demo customer as owner, and
    /// every third of those a second customer as occupant (a tenant), all moved in some years ago.
    /// </summary>
    private sealed class Holders(IReadOnlyList<Guid> customers, DateTimeOffset now)
    {
        private int _units;
        private int _next;

        public void MoveInto(Unit unit)
        {
            var turn = _units++;
            if (customers.Count == 0 || turn % 5 == 4)
            {
                return;
            }

            var movedIn = now.AddDays(-30 * (1 + (turn % 60)));
            unit.MoveIn(Next(), OccupancyRole.Owner, movedIn, "system");
            if (turn % 3 == 0)
            {
                unit.MoveIn(Next(), OccupancyRole.Occupant, movedIn.AddDays(14), "system");
            }
        }

        private Guid Next() => customers[_next++ % customers.Count];
    }
}
