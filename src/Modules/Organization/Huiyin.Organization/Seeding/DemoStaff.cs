using Huiyin.BuildingBlocks.Modules;
using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using Huiyin.Organization.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Huiyin.Organization.Seeding;

/// <summary>The local run's demo teams and one account per role (<c>Seed:Demo=true</c>); a second run changes nothing.</summary>
internal sealed class DemoStaff(OrganizationDbContext db, StaffRegistrar registrar, IConfiguration configuration) : IStartupTask
{
    public const string Password = "Huiyin-demo-2026";

    private static readonly (string Username, string DisplayName, string ServiceNumber, StaffRole Role, string Team, string[] Skills)[] Accounts =
    [
        ("admin", "系统管理员", "100", StaffRole.Admin, "客服中心", []),
        ("agent", "李娜", "101", StaffRole.Agent, "客服中心", []),
        ("supervisor", "王芳", "102", StaffRole.Supervisor, "客服中心", []),
        ("manager", "张伟", "103", StaffRole.Manager, "客服中心", []),
        ("executive", "陈静", "104", StaffRole.Executive, "客服中心", []),
        ("tech", "刘强", "201", StaffRole.Technician, "工程部", ["plumbing", "electrical"]),
    ];

    private static readonly (string Name, string Description)[] DemoTeams =
    [
        ("客服中心", "前台接待、400热线、投诉处理与回访"),
        ("工程部", "报修派工与设施设备维修"),
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
