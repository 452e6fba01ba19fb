using Huiyin.BuildingBlocks.Modules;
using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using Huiyin.Organization.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Huiyin.Organization.Seeding;

/// <summary>
/// The local run's demo organisation (<c>Seed:Demo=true</c>): one account per role, a second agent and supervisor, and
/// technicians across the engineering, cleaning, security and greening teams so that dispatch has choices; a second run
/// changes nothing.
/// </summary>
internal sealed class DemoStaff(OrganizationDbContext db, StaffRegistrar registrar, IConfiguration configuration) : IStartupTask
{
    public const string Password = "Huiyin-demo-2026";

    private static readonly (string Username, string DisplayName, string ServiceNumber, StaffRole Role, string Team, string[] Skills)[] Accounts =
    [
        ("admin", "系统管理员", "100", StaffRole.Admin, CustomerService, []),
        ("agent", "李娜", "101", StaffRole.Agent, CustomerService, []),
        ("supervisor", "王芳", "102", StaffRole.Supervisor, CustomerService, []),
        ("manager", "张伟", "103", StaffRole.Manager, CustomerService, []),
        ("executive", "陈静", "104", StaffRole.Executive, CustomerService, []),
        ("agent2", "赵敏", "105", StaffRole.Agent, CustomerService, []),
        ("supervisor2", "孙浩", "106", StaffRole.Supervisor, Engineering, []),
        ("tech", "刘强", "201", StaffRole.Technician, Engineering, ["plumbing", "electrical"]),
        ("tech.water", "周建华", "202", StaffRole.Technician, Engineering, ["plumbing", "gas"]),
        ("tech.hvac", "吴志刚", "203", StaffRole.Technician, Engineering, ["hvac", "electrical"]),
        ("tech.hvac2", "郑凯", "204", StaffRole.Technician, Engineering, ["hvac", "appliance"]),
        ("tech.lift", "冯磊", "205", StaffRole.Technician, Engineering, ["lift", "electrical"]),
        ("tech.cleaning", "何秀兰", "301", StaffRole.Technician, Cleaning, ["cleaning"]),
        ("tech.security", "马军", "401", StaffRole.Technician, Security, ["security"]),
        ("tech.greening", "林青", "501", StaffRole.Technician, Greening, ["greening"]),
    ];

    private const string CustomerService = "客服中心";
    private const string Engineering = "工程部";
    private const string Cleaning = "保洁部";
    private const string Security = "安防部";
    private const string Greening = "绿化部";

    private static readonly (string Name, string Description)[] DemoTeams =
    [
        (CustomerService, "前台接待、400热线、投诉处理与回访"),
        (Engineering, "报修派工与设施设备维修：水电、空调、电梯"),
        (Cleaning, "公共区域保洁与垃圾清运"),
        (Security, "门岗、巡逻与监控"),
        (Greening, "园林绿化养护"),
    ];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Seed:Demo"))
        {
            return;
        }

        var teams = new Dictionary<string, TeamId>();
        foreach (var (name, description) in DemoTeams)
        {
            var team = await db.Teams.SingleOrDefaultAsync(t => t.Name == name, cancellationToken) ?? db.Teams.Add(Team.Create(name, description)).Entity;
            teams[name] = team.Id;
        }

        foreach (var account in Accounts)
        {
            if (await db.Staff.AnyAsync(s => s.Username == account.Username, cancellationToken))
            {
                continue;
            }

            registrar.Register(
                new StaffProfile(account.Username, account.DisplayName, account.ServiceNumber, [account.Role], teams[account.Team], account.Skills), Password);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
