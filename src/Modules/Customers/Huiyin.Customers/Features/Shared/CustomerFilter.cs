using FluentValidation;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Protection;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features.Shared;

/// <summary>The filters of the customer list, shared by exports.</summary>
internal sealed record CustomerFilter(string? Search, string? Type, int? Tier, bool? Vip, Guid? AccountManagerId, bool? Archived)
{
    /// <summary>
    /// <c>search</c> matches a fragment of the name (name-gram index) or of a phone (trigram index), or exactly the customer number,
    /// an ID number or a bank account (blind index). Archived customers appear only with <c>archived=true</c>.
    /// </summary>
    public IQueryable<Customer> Apply(IQueryable<Customer> customers, SensitiveData sensitive)
    {
        var query = customers.Where(c => (c.ArchivedAt != null) == (Archived ?? false));
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            var fragment = term.Any(char.IsAsciiDigit) && CustomerKeys.NormalizePhone(term) is { Length: > 0 } phone && phone.All(char.IsAsciiDigit) ? phone : term;
            var pattern = "%" + fragment.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
            var number = term.ToUpperInvariant();
            var idIndexes = sensitive.Indexes(CustomerRegistry.IdNumberField, CustomerKeys.NormalizeIdNumber(term));
            var bankIndexes = sensitive.Indexes(CustomerRegistry.BankAccountField, CustomerKeys.NormalizeBankAccount(term));
            if (fragment.Any(char.IsAsciiDigit))
            {
                // A phone fragment (trigram index over name and phones), or exactly a number, ID number or bank account.
                query = query.Where(c => EF.Functions.ILike(c.SearchText, pattern) || c.Number == number || idIndexes.Contains(c.IdNumberIndex!) || bankIndexes.Contains(c.BankAccountIndex!));
            }
            else
            {
                // A name fragment: the names holding all its one- or two-character pieces (GIN), then the substring itself.
                var grams = NameGramsOf(fragment.ToLowerInvariant());
                query = query.Where(c => (grams.All(g => c.NameGrams.Contains(g)) && EF.Functions.ILike(c.Name, pattern)) || c.Number == number);
            }
        }

        if (Type is not null)
        {
            var type = Enum.Parse<CustomerType>(Type, ignoreCase: true);
            query = query.Where(c => c.Type == type);
        }

        if (Tier is { } tier)
        {
            query = query.Where(c => c.Tier == tier);
        }

        if (Vip is { } vip)
        {
            query = query.Where(c => c.Vip == vip);
        }

        if (AccountManagerId is { } manager)
        {
            query = query.Where(c => c.AccountManagerId == manager);
        }

        return query;
    }

    /// <summary>The pieces every name containing <paramref name="fragment"/> has among its grams: its two-character pieces, or itself when shorter.</summary>
    private static string[] NameGramsOf(string fragment)
    {
        var characters = Customer.Characters(fragment);
        return characters.Length <= 2 ? [fragment] : Customer.Pairs(characters).Distinct().ToArray();
    }
}

internal static class CustomerFilterRules
{
    public static void MustBeACustomerFilter<T>(this AbstractValidator<T> validator, Func<T, CustomerFilter> filter)
    {
        validator.RuleFor(x => filter(x).Search).MaximumLength(100).OverridePropertyName("search");
        validator.RuleFor(x => filter(x).Type!).IsEnumName(typeof(CustomerType), caseSensitive: false).When(x => filter(x).Type is not null)
            .OverridePropertyName("type")
            .WithMessage($"'{{PropertyValue}}' is not a customer type. Use one of: {string.Join(", ", Enum.GetNames<CustomerType>())}.");
        validator.RuleFor(x => filter(x).Tier).InclusiveBetween(1, 3).OverridePropertyName("tier");
    }
}
