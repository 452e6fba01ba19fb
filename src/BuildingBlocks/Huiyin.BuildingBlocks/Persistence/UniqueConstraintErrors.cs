using Huiyin.BuildingBlocks.Results;

namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>
/// What a module answers when one of its unique indexes refuses a row, where the index itself is the check (no
/// read before the write): registered with <see cref="PersistenceRegistration.AddUniqueConstraintError"/>.
/// </summary>
public sealed record UniqueConstraintError(string ConstraintName, Error Error);

/// <summary>The registered <see cref="UniqueConstraintError"/>s; any other violation is a generic <c>duplicate</c> conflict.</summary>
public sealed class UniqueConstraintErrors(IEnumerable<UniqueConstraintError> errors)
{
    private readonly Dictionary<string, Error> _byConstraint = errors.ToDictionary(e => e.ConstraintName, e => e.Error);

    public Error For(string? constraintName) =>
        constraintName is not null && _byConstraint.TryGetValue(constraintName, out var error)
            ? error
            : Error.Conflict("duplicate", $"A record with the same value already exists ({constraintName}).",
                new Dictionary<string, object?> { ["constraint"] = constraintName });
}
