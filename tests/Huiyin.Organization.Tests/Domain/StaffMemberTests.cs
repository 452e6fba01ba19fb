using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;

namespace Huiyin.Organization.Tests.Domain;

public sealed class StaffMemberTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly LockoutPolicy Policy = new() { MaxFailedAttempts = 5, Duration = TimeSpan.FromMinutes(15) };

    [Fact]
    public void The_fifth_failure_locks_for_the_policy_duration_and_resets_the_count()
    {
        var staff = NewStaff();
        for (var i = 0; i < 4; i++)
        {
            staff.RecordFailedSignIn(Now, Policy);
        }

        Assert.False(staff.IsLockedAt(Now));
        staff.RecordFailedSignIn(Now, Policy);

        Assert.True(staff.IsLockedAt(Now.AddMinutes(14)));
        Assert.False(staff.IsLockedAt(Now.AddMinutes(15)));
        Assert.Equal(0, staff.FailedSignIns);
    }

    [Fact]
    public void Registering_removes_duplicate_roles_and_skills()
    {
        var staff = StaffMember.Register(new StaffProfile("a.b", "甲", "101", [StaffRole.Agent, StaffRole.Agent], null, ["gas", "gas"]));

        Assert.Equal([StaffRole.Agent], staff.Roles);
        Assert.Equal(["gas"], staff.Skills);
        Assert.True(staff.Active);
    }

    private static StaffMember NewStaff() =>
        StaffMember.Register(new StaffProfile("lock.me", "锁", "101", [StaffRole.Agent], null, []));
}
