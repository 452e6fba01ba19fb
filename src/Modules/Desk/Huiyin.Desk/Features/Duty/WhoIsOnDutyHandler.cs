using Huiyin.Desk.Contracts;
using Huiyin.Desk.Features.Shared;
using MediatR;

namespace Huiyin.Desk.Features.Duty;

internal sealed class WhoIsOnDutyHandler(DutyTable table) : IRequestHandler<WhoIsOnDuty, IReadOnlyList<OnDuty>>
{
    public Task<IReadOnlyList<OnDuty>> Handle(WhoIsOnDuty request, CancellationToken cancellationToken) =>
        table.AtAsync(request.At, request.TeamId, cancellationToken);
}
