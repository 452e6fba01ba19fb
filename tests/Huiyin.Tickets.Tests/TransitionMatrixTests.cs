using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;

namespace Huiyin.Tickets.Tests;

/// <summary>Every status × every action on the aggregate: the legal ones move the ticket, the rest fail as illegal transitions naming what is allowed.</summary>
public sealed class TransitionMatrixTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static readonly Guid Technician = Guid.CreateVersion7();

    /// <summary>The matrix as the product specifies it, written out independently of the code's table.</summary>
    private static readonly Dictionary<TicketStatus, TicketAction[]> Legal = new()
    {
        [TicketStatus.New] = [TicketAction.Contact, TicketAction.Assign, TicketAction.Cancel],
        [TicketStatus.Contacted] = [TicketAction.Contact, TicketAction.Assign, TicketAction.Pend, TicketAction.Resolve, TicketAction.Cancel],
        [TicketStatus.Assigned] = [TicketAction.Contact, TicketAction.Assign, TicketAction.Schedule, TicketAction.Start, TicketAction.Pend, TicketAction.Resolve, TicketAction.Cancel, TicketAction.HandBack],
        [TicketStatus.Scheduled] = [TicketAction.Contact, TicketAction.Assign, TicketAction.Schedule, TicketAction.Start, TicketAction.Pend, TicketAction.Resolve, TicketAction.Cancel, TicketAction.HandBack],
        [TicketStatus.InProgress] = [TicketAction.Contact, TicketAction.Pend, TicketAction.Resolve, TicketAction.Cancel, TicketAction.HandBack],
        [TicketStatus.Pending] = [TicketAction.Contact, TicketAction.Resume, TicketAction.Cancel],
        [TicketStatus.Resolved] = [TicketAction.Contact, TicketAction.Close, TicketAction.Reopen],
        [TicketStatus.Closed] = [TicketAction.Reopen],
        [TicketStatus.Reopened] = [TicketAction.Contact, TicketAction.Assign, TicketAction.Pend, TicketAction.Resolve, TicketAction.Cancel],
        [TicketStatus.Cancelled] = [],
    };

    public static TheoryData<string, string> EveryPair()
    {
        var pairs = new TheoryData<string, string>();
        foreach (var status in Enum.GetNames<TicketStatus>())
        {
            foreach (var action in Enum.GetNames<TicketAction>())
            {
                pairs.Add(status, action);
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void An_action_succeeds_exactly_where_the_matrix_allows_it(string statusName, string actionName)
    {
        var (status, action) = (Enum.Parse<TicketStatus>(statusName), Enum.Parse<TicketAction>(actionName));
        var ticket = TicketIn(status);

        var result = Take(ticket, action);

        if (Legal[status].Contains(action))
        {
            Assert.True(result.IsSuccess, $"{action} from {status} should be allowed: {(result.IsFailure ? result.Error.Message : "")}");
            Assert.Equal(status, result.Value.From);
            Assert.Equal(result.Value.To, ticket.Status);
        }
        else
        {
            Assert.True(result.IsFailure, $"{action} from {status} should be refused");
            Assert.Equal(status, ticket.Status);
            Assert.Equal(status.ToString(), result.Error.Extensions!["currentStatus"]);
            var allowed = Assert.IsAssignableFrom<IEnumerable<string>>(result.Error.Extensions["allowedActions"]);
            Assert.Equal(Legal[status].Select(TicketLifecycle.RouteName).Order(), allowed.Order());
        }
    }

    [Fact]
    public void Resume_returns_to_the_status_before_pending_and_the_last_hand_back_returns_to_dispatch()
    {
        var scheduled = TicketIn(TicketStatus.Scheduled);
        scheduled.Pend("等待配件");
        scheduled.Resume();
        Assert.Equal(TicketStatus.Scheduled, scheduled.Status);

        var assigned = TicketIn(TicketStatus.Assigned);
        assigned.HandBack(Technician);
        Assert.Equal(TicketStatus.Contacted, assigned.Status);
        Assert.Empty(assigned.TechnicianIds);
    }

    private static Ticket TicketIn(TicketStatus status)
    {
        var ticket = Ticket.Open(TicketId.New(), "T-20261123-0001",
            new TicketIntake(TicketKind.Repair, IntakeChannel.Phone, Guid.CreateVersion7(), "1-1-101", null, TicketCategory.Plumbing, "漏水", null,
                WorkComplexity.Standard, null, false, null),
            new TicketCustomer(Guid.CreateVersion7(), "王建国", "13800138000", 2, false));
        foreach (var step in PathTo(status))
        {
            Assert.True(Take(ticket, step).IsSuccess, $"setting up {status}: {step}");
        }

        Assert.Equal(status, ticket.Status);
        return ticket;
    }

    private static TicketAction[] PathTo(TicketStatus status) => status switch
    {
        TicketStatus.New => [],
        TicketStatus.Contacted => [TicketAction.Contact],
        TicketStatus.Assigned => [TicketAction.Contact, TicketAction.Assign],
        TicketStatus.Scheduled => [TicketAction.Contact, TicketAction.Assign, TicketAction.Schedule],
        TicketStatus.InProgress => [TicketAction.Contact, TicketAction.Assign, TicketAction.Start],
        TicketStatus.Pending => [TicketAction.Contact, TicketAction.Pend],
        TicketStatus.Resolved => [TicketAction.Contact, TicketAction.Resolve],
        TicketStatus.Closed => [TicketAction.Contact, TicketAction.Resolve, TicketAction.Close],
        TicketStatus.Reopened => [TicketAction.Contact, TicketAction.Resolve, TicketAction.Reopen],
        TicketStatus.Cancelled => [TicketAction.Cancel],
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    private static Huiyin.BuildingBlocks.Results.Result<StatusMove> Take(Ticket ticket, TicketAction action) => action switch
    {
        TicketAction.Contact => ticket.LogContact(Now),
        TicketAction.Assign => ticket.Assign([Technician], null),
        TicketAction.Schedule => ticket.Schedule(Now.AddHours(2), Now.AddHours(4)),
        TicketAction.Start => ticket.StartWork(),
        TicketAction.Pend => ticket.Pend("等待业主"),
        TicketAction.Resume => ticket.Resume(),
        TicketAction.Resolve => ticket.Resolve("已更换下水管", Now),
        TicketAction.Close => ticket.Close(Now),
        TicketAction.Reopen => ticket.Reopen(),
        TicketAction.Cancel => ticket.Cancel("业主自行处理"),
        TicketAction.HandBack => ticket.HandBack(Technician),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
