using FluentValidation;

namespace Huiyin.Organization.Features;

/// <summary>A change of where a person's e-mail and text notifications go; an empty value removes that address.</summary>
internal interface IContactChange
{
    string Email { get; }

    string Mobile { get; }
}

/// <summary>The rules every contact change follows, whoever makes it.</summary>
internal abstract class ContactChangeValidator<T> : AbstractValidator<T>
    where T : IContactChange
{
    protected ContactChangeValidator()
    {
        RuleFor(x => x.Email).NotNull();
        RuleFor(x => x.Mobile).NotNull();
        RuleFor(x => x.Email).MaximumLength(254).EmailAddress().WithErrorCode("email_format").When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.Mobile).Matches("^1[3-9][0-9]{9}$").WithMessage("A mobile has 11 digits and starts with 1.").WithErrorCode("mobile_format")
            .When(x => !string.IsNullOrWhiteSpace(x.Mobile));
    }
}

internal static class ContactValues
{
    public static string? OrNone(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
