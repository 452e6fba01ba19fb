using System.Text.RegularExpressions;
using FluentValidation;

namespace Huiyin.Facilities.Features.Shared;

/// <summary>A building code, entrance or door number: letters and digits only, since a dash separates them in a unit's full number.</summary>
internal static partial class AddressParts
{
    public static IRuleBuilderOptions<T, string?> MustBeAnAddressPart<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(part => part is null || LettersAndDigits().IsMatch(part.Trim()))
            .WithMessage("Use letters and digits only (a dash separates the parts of a unit number).").WithErrorCode("not_an_address_part");

    [GeneratedRegex(@"^[\p{L}\p{Nd}]*$")]
    private static partial Regex LettersAndDigits();
}
