using Huiyin.Organization.Contracts;
using MediatR;

namespace Huiyin.Notifications.Features.Events;

/// <summary>Who an event concerns: named staff members, everyone active holding one of the roles, or both.</summary>
internal sealed record InboxAudience(IReadOnlyCollection<Guid> People, IReadOnlyCollection<StaffRole> Roles)
{
    public static readonly InboxAudience Nobody = new([], []);

    public static InboxAudience Of(IEnumerable<Guid> people) => new(people.ToArray(), []);

    public static InboxAudience Of(params StaffRole[] roles) => new([], roles);

    /// <summary>The escalation ladder (逐级上报): level 1 is the Supervisors, 2 the Managers, 3 and above the Executives.</summary>
    public static InboxAudience AtLevel(int level) =>
        Of(level switch { <= 1 => StaffRole.Supervisor, 2 => StaffRole.Manager, _ => StaffRole.Executive });

    public async Task<IReadOnlyList<Guid>> ResolveAsync(IMediator mediator, CancellationToken cancellationToken)
    {
        var recipients = new HashSet<Guid>(People);
        foreach (var role in Roles.Distinct())
        {
            var holders = await mediator.Send(new GetStaffCards(Role: role), cancellationToken);
            recipients.UnionWith(holders.Select(card => card.Id));
        }

        return recipients.Order().ToList();
    }
}
