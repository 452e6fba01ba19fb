using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;
using MediatR;

namespace Huiyin.Notifications.Tests.Caller;

/// <summary>
/// Provisions a staff member through the Organization module and, in the same command, asks that module for the new
/// member's roles: what another module is asked from inside a command is read in the command's transaction.
/// </summary>
internal sealed record ProvisionAndReadBack(string Username) : ICommand<Result<IReadOnlyList<StaffRole>>>;

internal sealed class ProvisionAndReadBackHandler(IMediator mediator) : IRequestHandler<ProvisionAndReadBack, Result<IReadOnlyList<StaffRole>>>
{
    public async Task<Result<IReadOnlyList<StaffRole>>> Handle(ProvisionAndReadBack request, CancellationToken cancellationToken)
    {
        var provisioned = await mediator.Send(new ProvisionStaffMember(request.Username, "读回测试", HuiyinApp.Password, [StaffRole.Technician]), cancellationToken);
        if (provisioned.IsFailure)
        {
            return provisioned.Error;
        }

        var roles = await mediator.Send(new GetStaffRoles([provisioned.Value]), cancellationToken);
        return Result<IReadOnlyList<StaffRole>>.Success(roles.TryGetValue(provisioned.Value, out var found) ? found : []);
    }
}
