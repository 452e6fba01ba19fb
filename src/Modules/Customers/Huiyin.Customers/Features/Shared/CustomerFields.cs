using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.Customers.Domain;

namespace Huiyin.Customers.Features.Shared;

/// <summary>The fields staff fill in on the create and edit forms.</summary>
internal interface ICustomerFields
{
    CustomerType Type { get; }

    string Name { get; }

    IReadOnlyList<string>? Phones { get; }

    string? Email { get; }

    /// <summary>On update: null keeps the stored value, "" clears it.</summary>
    string? IdNumber { get; }

    /// <summary>On update: null keeps the stored value, "" clears it.</summary>
    string? BankAccount { get; }

    IReadOnlyList<string>? Addresses { get; }

    IReadOnlyList<Guid>? UnitIds { get; }

    Guid? AccountManagerId { get; }

    bool? Vip { get; }

    string? Notes { get; }

    bool? SmsConsent { get; }

    /// <summary>Save even though another customer has the same phone, ID number or bank account.</summary>
    bool? AllowDuplicate { get; }

    /// <summary>Why the duplicate is allowed; required with <see cref="AllowDuplicate"/>, kept in the history.</summary>
    string? DuplicateReason { get; }
}

/// <summary>
/// The body of the create and edit forms. On update <c>idNumber</c> and <c>bankAccount</c> left out (null) keep the
/// stored values and "" clears them.
/// </summary>
internal sealed record CustomerForm(
    [property: JsonRequired] CustomerType Type,
    string Name,
    IReadOnlyList<string>? Phones = null,
    string? Email = null,
    string? IdNumber = null,
    string? BankAccount = null,
    IReadOnlyList<string>? Addresses = null,
    IReadOnlyList<Guid>? UnitIds = null,
    Guid? AccountManagerId = null,
    bool? Vip = null,
    string? Notes = null,
    bool? SmsConsent = null,
    bool? AllowDuplicate = null,
    string? DuplicateReason = null) : ICustomerFields;

/// <summary>A request carrying the form, whose fields it exposes as its own so that errors name <c>name</c>, not <c>form.name</c>.</summary>
internal abstract record CustomerFormRequest(CustomerForm Form) : ICustomerFields
{
    public CustomerType Type => Form.Type;

    public string Name => Form.Name;

    public IReadOnlyList<string>? Phones => Form.Phones;

    public string? Email => Form.Email;

    public string? IdNumber => Form.IdNumber;

    public string? BankAccount => Form.BankAccount;

    public IReadOnlyList<string>? Addresses => Form.Addresses;

    public IReadOnlyList<Guid>? UnitIds => Form.UnitIds;

    public Guid? AccountManagerId => Form.AccountManagerId;

    public bool? Vip => Form.Vip;

    public string? Notes => Form.Notes;

    public bool? SmsConsent => Form.SmsConsent;

    public bool? AllowDuplicate => Form.AllowDuplicate;

    public string? DuplicateReason => Form.DuplicateReason;
}

/// <summary>The checks shared by create and update: each failure names its field.</summary>
internal abstract class CustomerFieldsValidator<T> : AbstractValidator<T>
    where T : ICustomerFields
{
    protected CustomerFieldsValidator()
    {
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Phones).NotEmpty().WithMessage("At least one phone number is required.");
        RuleFor(x => x.Phones!.Count).LessThanOrEqualTo(10).When(x => x.Phones is not null).OverridePropertyName("phones");
        RuleForEach(x => x.Phones).Must(p => p is not null && CustomerKeys.IsPhone(CustomerKeys.NormalizePhone(p)))
            .WithMessage("'{PropertyValue}' is not a phone number: a mobile (138 1234 5678), a landline with its area code (021-6123 4567) or a 400/800 number.").WithErrorCode("phone_format");
        RuleFor(x => x.Email).EmailAddress().MaximumLength(254).When(x => !string.IsNullOrEmpty(x.Email));
        RuleFor(x => x.IdNumber).Must((x, id) => IsIdNumberFor(x.Type, CustomerKeys.NormalizeIdNumber(id!)))
            .When(x => !string.IsNullOrEmpty(x.IdNumber) && !CustomerKeys.IsMasked(x.IdNumber))
            .WithMessage(x => x.Type.IsOrganization()
                ? "Not a unified social credit code (18 characters with a valid check character)."
                : "Not a resident ID number: 18 characters whose last is the check character of GB 11643-1999.").WithErrorCode("id_number_format");
        RuleFor(x => x.BankAccount).Must(b => CustomerKeys.IsBankAccount(CustomerKeys.NormalizeBankAccount(b!)))
            .When(x => !string.IsNullOrEmpty(x.BankAccount) && !CustomerKeys.IsMasked(x.BankAccount)).WithMessage("A bank account is 8 to 32 digits (spaces and dashes allowed).")
            .WithErrorCode("bank_account_format");
        RuleFor(x => x.Addresses!.Count).LessThanOrEqualTo(10).When(x => x.Addresses is not null).OverridePropertyName("addresses");
        RuleForEach(x => x.Addresses).NotEmpty().MaximumLength(200);
        RuleFor(x => x.UnitIds!.Count).LessThanOrEqualTo(50).When(x => x.UnitIds is not null).OverridePropertyName("unitIds");
        RuleFor(x => x.Notes).MaximumLength(2000);
        RuleFor(x => x.DuplicateReason).NotEmpty().MaximumLength(500).When(x => x.AllowDuplicate == true)
            .WithMessage("Say why this customer may share a phone, ID number or bank account with another.");
    }

    private static bool IsIdNumberFor(CustomerType type, string normalized) =>
        type.IsOrganization() ? CustomerKeys.IsCreditCode(normalized) : CustomerKeys.IsResidentIdNumber(normalized);
}
