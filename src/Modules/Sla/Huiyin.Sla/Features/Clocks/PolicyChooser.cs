using Huiyin.Sla.Contracts;
using Huiyin.Sla.Domain.Policies;
using Huiyin.Sla.Persistence;

namespace Huiyin.Sla.Features.Clocks;

/// <summary>
/// Chooses the first active policy matching an item's attributes from the in-memory catalogue without a read. The
/// database checks the copy only when a clock is written, and a refusal writes nothing, so "no policy" is answered
/// only from a fresh copy.
/// </summary>
internal sealed class PolicyChooser(SlaDbContext db, PolicyCatalogue catalogue)
{
    public async Task<(PolicyCatalogue.Snapshot Policies, PolicyChoice? Choice)> ChooseAsync(ClockAttributes attributes, CancellationToken cancellationToken)
    {
        var policies = await catalogue.CurrentAsync(db, cancellationToken);
        if (PolicyChoice.For(policies.ActivePolicies, attributes) is { } choice)
        {
            return (policies, choice);
        }

        catalogue.Forget();
        policies = await catalogue.CurrentAsync(db, cancellationToken);
        return (policies, PolicyChoice.For(policies.ActivePolicies, attributes));
    }
}
