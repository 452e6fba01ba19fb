using Huiyin.Sla.Contracts;
using Huiyin.BuildingBlocks.Security;

namespace Huiyin.Sla.Features.Escalations;

/// <summary>Which escalation levels a caller answers for: 1 Supervisors, 2 Managers, 3 Executives.</summary>
internal static class EscalationLevels
{
    private static readonly (int Level, string Permission)[] Ladder =
    [
        (1, SlaPermissions.EscalationsLevel1),
        (2, SlaPermissions.EscalationsLevel2),
        (3, SlaPermissions.EscalationsLevel3),
    ];

    public static readonly string[] AnyLevel = Ladder.Select(l => l.Permission).ToArray();

    public static IReadOnlyList<int> Of(ICurrentUser user) =>
        Ladder.Where(l => user.HasPermission(l.Permission)).Select(l => l.Level).ToList();
}
