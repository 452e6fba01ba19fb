using FluentValidation;

namespace Huiyin.BuildingBlocks.Paging;

/// <summary>The shared limits of list requests: <c>limit</c> from 1 to 200 (50 when omitted).</summary>
public static class PageRequestRules
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static IRuleBuilderOptions<T, int?> MustBeAPageLimit<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, MaxLimit).WithMessage($"limit must be between 1 and {MaxLimit}.");

    public static IRuleBuilderOptions<T, string?> MustBeACursorOf<T>(this IRuleBuilder<T, string?> rule, int keys) =>
        rule.Must(c => c is null || Cursor.Decode(c, keys) is not null).WithMessage("cursor is not one this list returned.").WithErrorCode("invalid_cursor");
}
