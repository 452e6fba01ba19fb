using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using Microsoft.AspNetCore.Identity;

namespace Huiyin.Organization.Features;

/// <summary>Gives a new staff member an account: hashed password, stored, and announced to the other modules.</summary>
internal sealed class StaffRegistrar(OrganizationDbContext db, IPasswordHasher<StaffMember> hasher, TimeProvider clock)
{
    public StaffMember Register(StaffProfile profile, string password)
    {
        var staff = StaffMember.Register(profile);
        staff.SetPasswordHash(hasher.HashPassword(staff, password));
        db.Staff.Add(staff);
        db.Publish(new StaffMemberRegistered(
            staff.Id.Value, staff.Username, staff.DisplayName, staff.ServiceNumber, staff.Roles, staff.TeamId?.Value, clock.GetUtcNow()));
        return staff;
    }
}
