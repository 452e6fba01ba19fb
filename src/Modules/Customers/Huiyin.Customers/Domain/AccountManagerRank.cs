using Huiyin.Organization.Contracts;

namespace Huiyin.Customers.Domain;

/// <summary>Tier-1 customers are looked after by someone of Manager rank or above (副经理级及以上人员负责对一级客户进行关系维护管理).</summary>
internal static class AccountManagerRank
{
    public const int SeniorTier = 1;

    private static readonly StaffRole[] ManagerOrAbove = [StaffRole.Manager, StaffRole.Executive];

    public static bool IsSenior(IReadOnlyList<StaffRole> roles) => roles.Intersect(ManagerOrAbove).Any();
}
