using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Knowledge.Features.Shared;

internal static class EntryErrors
{
    public static Error UnknownOwner { get; } = Error.Validation("unknown_owner", "ownerId", "There is no active staff member with this id.");
}
