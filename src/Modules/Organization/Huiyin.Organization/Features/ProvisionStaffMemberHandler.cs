using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

internal sealed class ProvisionStaffMemberHandler(OrganizationDbContext db, StaffDirectory directory, StaffRegistrar registrar)
    : IRequestHandler<ProvisionStaffMember, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(ProvisionStaffMember request, CancellationToken cancellationToken)
    {
        var username = StaffRules.NormalizeUsername(request.Username);
        var existing = await db.Staff.Where(s => s.Username == username).Select(s => (StaffMemberId?)s.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return id.Value;
        }

        var serviceNumber = await directory.NextServiceNumberAsync(cancellationToken);
        if (PasswordRule.Check(request.Password, "password", username, serviceNumber) is { } weak)
        {
            return weak;
        }

        var profile = new StaffProfile(username, request.DisplayName, serviceNumber, request.Roles, null, request.Skills ?? []);
        return registrar.Register(profile, request.Password).Id.Value;
    }
}
