using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Features;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Features.Steps;
using Huiyin.Complaints.Persistence;
using Huiyin.Customers.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Huiyin.Complaints.Seeding;

/// <summary>
/// The local run's demo complaints (<c>Seed:Demo=true</c>), registered and handled through the same commands as real ones: every
/// severity at every handling step, some received hours ago so that the sweep finds their clocks breached. Only into an empty module.
/// </summary>
internal sealed class DemoComplaints(ComplaintsDbContext db, IMediator mediator, TimeProvider clock, IConfiguration configuration) : IStartupTask
{
    /// <summary>The facts of a complaint of each severity, by rule.</summary>
    private static readonly (ComplaintCategory Category, string Description, int Households, decimal? Compensation, bool Media)[] Facts =
    [
        (ComplaintCategory.Service, "前台人员态度生硬，催办两次无人回复", 1, null, false),
        (ComplaintCategory.Maintenance, "6 户业主反映电梯维修三次仍未修好", 6, null, false),
        (ComplaintCategory.Facilities, "地下车库漏水泡坏车辆，业主索赔 6 万元", 1, 60_000m, false),
        (ComplaintCategory.Fees, "物业费多收，业主称将向媒体反映", 1, 800m, true),
        (ComplaintCategory.Security, "12 户业主反映夜间门岗无人值守", 12, null, false),
    ];

    /// <summary>The handling steps in order; a demo complaint takes the first few of them.</summary>
    private static readonly ComplaintAction[] Steps =
        [ComplaintAction.Investigate, ComplaintAction.ProposeRemedy, ComplaintAction.DecideRemedy, ComplaintAction.CarryOut, ComplaintAction.Confirm, ComplaintAction.Close];

    /// <summary>How many steps each demo complaint has taken (7: closed and reopened), and how many hours before now it was received.</summary>
    private static readonly (int Steps, double HoursAgo)[] Plan =
    [
        (0, 0.5), (0, 5), (0, 30), (1, 2), (1, 26), (2, 4), (2, 50), (3, 6), (4, 20), (5, 30), (6, 60), (6, 100), (7, 70),
    ];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Seed:Demo") || await db.Complaints.AnyAsync(cancellationToken))
        {
            return;
        }

        var customers = await mediator.Send(new ListCustomerSummaries(Plan.Length), cancellationToken);
        if (customers.Count == 0)
        {
            return;
        }

        for (var i = 0; i < Plan.Length; i++)
        {
            var (category, description, households, compensation, media) = Facts[i % Facts.Length];
            var registered = Ensure(await mediator.Send(new RegisterComplaint(
                customers[i % customers.Count].CustomerId, ComplaintChannel.Phone, category, description, ComplaintTargetKind.Department,
                TargetDepartment: "客服部", HouseholdsAffected: households, CompensationClaimed: compensation, LawsuitOrMedia: media, NotSameMatter: true,
                ReceivedAt: clock.GetUtcNow().AddHours(-Plan[i].HoursAgo)), cancellationToken));
            var id = registered.Complaint.Resource.Id;
            foreach (var step in Steps.Take(Plan[i].Steps))
            {
                Ensure(await mediator.Send(Step(step).On(id, null), cancellationToken));
            }

            if (Plan[i].Steps > Steps.Length)
            {
                Ensure(await mediator.Send(new ReopenComplaint("业主反映问题再次出现").On(id, null), cancellationToken));
            }
        }
    }

    private static ComplaintStep Step(ComplaintAction action) => action switch
    {
        ComplaintAction.Investigate => new Investigate("经核实，业主反映情况属实", ComplaintValidity.Effective, "服务未按约定完成", RootCause.ServiceDelay),
        ComplaintAction.ProposeRemedy => new ProposeRemedy("当面致歉，三日内整改并减免当月服务费"),
        ComplaintAction.DecideRemedy => new DecideRemedy("当面致歉，三日内整改并减免当月服务费", "客服部"),
        ComplaintAction.CarryOut => new CarryOut("已上门致歉，整改完成，费用已减免"),
        ComplaintAction.Confirm => new Confirm(Accepted: true, "业主认可处理结果"),
        _ => new CloseComplaint(),
    };

    private static T Ensure<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException($"Demo complaints could not be seeded: {result.Error.Code} {result.Error.Message}");
}
