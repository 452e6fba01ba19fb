using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Persistence;
using Huiyin.Customers.Protection;
using Huiyin.Organization.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Customers.Features.Shared;

/// <summary>A customer another one resembles, and on which keys.</summary>
internal sealed record DuplicateMatch(Guid Id, string Number, string Name, CustomerType Type, IReadOnlyList<string> Phones, string? IdNumber, string? BankAccount, bool Archived, IReadOnlyList<string> MatchedOn);

/// <summary>What create and update share: normalising and sealing the input, the duplicate check and the history.</summary>
internal sealed class CustomerRegistry(CustomersDbContext db, SensitiveData sensitive, IMediator mediator, ICurrentUser currentUser, TimeProvider clock)
{
    public const string IdNumberField = "idNumber";
    public const string BankAccountField = "bankAccount";

    /// <summary>The normalised, sealed profile; <paramref name="existing"/> supplies the sensitive values an update leaves out.</summary>
    public CustomerProfile Build(ICustomerFields fields, Customer? existing) => new(
        fields.Type,
        fields.Name.Trim(),
        (fields.Phones ?? []).Select(CustomerKeys.NormalizePhone).ToList(),
        string.IsNullOrWhiteSpace(fields.Email) ? null : fields.Email.Trim(),
        SealOrKeep(IdNumberField, fields.IdNumber, CustomerKeys.NormalizeIdNumber, existing is null ? null : Stored(existing.IdNumberCipher, existing.IdNumberIndex, existing.IdNumberMasked)),
        SealOrKeep(BankAccountField, fields.BankAccount, CustomerKeys.NormalizeBankAccount, existing is null ? null : Stored(existing.BankAccountCipher, existing.BankAccountIndex, existing.BankAccountMasked)),
        (fields.Addresses ?? []).Select(a => a.Trim()).ToList(),
        fields.UnitIds ?? [],
        fields.AccountManagerId,
        fields.Vip ?? false,
        string.IsNullOrWhiteSpace(fields.Notes) ? null : fields.Notes.Trim(),
        fields.SmsConsent ?? false);

    /// <summary>
    /// 400 on accountManagerId when it names no staff member, or when a newly named account manager of a tier-1 customer is below
    /// Manager rank; an account manager kept as it was is not checked again.
    /// </summary>
    public async Task<Error?> CheckAccountManagerAsync(Guid? accountManagerId, Customer? existing, CancellationToken cancellationToken)
    {
        if (accountManagerId is not { } id || id == existing?.AccountManagerId)
        {
            return null;
        }

        var known = await mediator.Send(new GetStaffRoles([id]), cancellationToken);
        if (!known.TryGetValue(id, out var roles))
        {
            return Error.Validation("unknown_staff", "accountManagerId", $"No staff member has the id '{id}'.");
        }

        return existing?.Tier == AccountManagerRank.SeniorTier && !AccountManagerRank.IsSenior(roles)
            ? Error.Validation("account_manager_below_manager", "accountManagerId", "A tier-1 customer's account manager must be of Manager rank or above.")
            : null;
    }

    /// <summary>
    /// The customers that share a phone, ID number or bank account, or the 409 listing them unless the caller
    /// overrides with a reason.
    /// </summary>
    public async Task<Result<IReadOnlyList<DuplicateMatch>>> CheckDuplicatesAsync(CustomerProfile profile, CustomerId? self, bool allowed, CancellationToken cancellationToken)
    {
        var matches = await FindDuplicatesAsync(profile, self, cancellationToken);
        if (matches.Count == 0 || allowed)
        {
            return Result<IReadOnlyList<DuplicateMatch>>.Success(matches);
        }

        return Error.Conflict("duplicate_customer",
            $"{matches.Count} other customer(s) have the same {string.Join(", ", matches.SelectMany(m => m.MatchedOn).Distinct())}. Check them, or save with allowDuplicate and a reason.",
            new Dictionary<string, object?> { ["duplicates"] = matches }).With("count", matches.Count);
    }

    /// <summary>Adds one history row per field whose value changed since <paramref name="before"/>, and one for an overridden duplicate.</summary>
    public IReadOnlyList<string> RecordChanges(
        Customer customer, IReadOnlyDictionary<string, (string? Shown, string? Key)> before, IReadOnlyList<DuplicateMatch>? overridden = null, string? overrideReason = null)
    {
        var now = clock.GetUtcNow();
        var changed = new List<string>();
        foreach (var (field, after) in customer.Snapshot())
        {
            var old = before.TryGetValue(field, out var value) ? value : (null, null);
            if (old.Key == after.Key || (before.Count == 0 && after.Key == "false"))
            {
                continue;
            }

            changed.Add(field);
            db.Changes.Add(CustomerChange.Of(customer.Id, field, old.Shown, after.Shown, currentUser.Actor, now));
        }

        if (overrideReason is not null && overridden is { Count: > 0 })
        {
            var matched = string.Join(", ", overridden.Select(m => $"{m.Number} ({string.Join("/", m.MatchedOn)})"));
            db.Changes.Add(CustomerChange.Of(customer.Id, "duplicateOverride", matched, overrideReason, currentUser.Actor, now));
        }

        return changed;
    }

    private async Task<IReadOnlyList<DuplicateMatch>> FindDuplicatesAsync(CustomerProfile profile, CustomerId? self, CancellationToken cancellationToken)
    {
        var phones = profile.Phones.ToList();
        var idIndexes = IndexesOf(IdNumberField, profile.IdNumber);
        var bankIndexes = IndexesOf(BankAccountField, profile.BankAccount);
        var candidates = await db.Customers.AsNoTracking()
            .Where(c => self == null || c.Id != self)
            .Where(c => c.Phones.Any(p => phones.Contains(p)) || idIndexes.Contains(c.IdNumberIndex!) || bankIndexes.Contains(c.BankAccountIndex!))
            .OrderBy(c => c.Number)
            .Take(20)
            .ToListAsync(cancellationToken);
        return candidates.Select(c => new DuplicateMatch(
                c.Id.Value, c.Number, c.Name, c.Type, c.Phones.Select(CustomerKeys.MaskPhone).ToList(), c.IdNumberMasked, c.BankAccountMasked, c.IsArchived,
                MatchedOn(c, phones, idIndexes, bankIndexes)))
            .ToList();
    }

    /// <summary>A value's blind indexes under every configured key, so that one sealed before a key rotation still matches.</summary>
    private byte[][] IndexesOf(string field, SealedValue? value) => value is null ? [] : sensitive.Indexes(field, sensitive.Open(field, value.Cipher));

    private static List<string> MatchedOn(Customer c, List<string> phones, byte[][] idIndexes, byte[][] bankIndexes)
    {
        var on = new List<string>();
        if (c.Phones.Intersect(phones).Any())
        {
            on.Add("phone");
        }

        if (c.IdNumberIndex is { } idIndex && idIndexes.Any(index => index.AsSpan().SequenceEqual(idIndex)))
        {
            on.Add(IdNumberField);
        }

        if (c.BankAccountIndex is { } bankIndex && bankIndexes.Any(index => index.AsSpan().SequenceEqual(bankIndex)))
        {
            on.Add(BankAccountField);
        }

        return on;
    }

    /// <summary>
    /// 400 when an ID number or bank account is sent masked (3301**********1234) but is not the stored value as every
    /// response shows it: a masked value sent back unchanged means "unchanged", any other cannot be stored.
    /// </summary>
    public static Error? CheckMaskedValues(ICustomerFields fields, Customer? existing)
    {
        var refused = new Dictionary<string, FieldError[]>();
        foreach (var (field, input, stored) in new[]
                 {
                     (IdNumberField, fields.IdNumber, existing?.IdNumberMasked),
                     (BankAccountField, fields.BankAccount, existing?.BankAccountMasked),
                 })
        {
            if (input is not null && CustomerKeys.IsMasked(input) && input != stored)
            {
                refused[field] = [new FieldError("masked_value_changed",
                    "This is a masked value but not the stored one: send the full value, the masked value as read to keep it, or \"\" to clear it.")];
            }
        }

        return refused.Count == 0 ? null : Error.Validation(refused);
    }

    private SealedValue? SealOrKeep(string field, string? input, Func<string, string> normalize, SealedValue? stored) => input switch
    {
        null => stored,
        "" => null,
        _ when input == stored?.Masked => stored,
        _ => sensitive.Seal(field, normalize(input)),
    };

    private static SealedValue? Stored(byte[]? cipher, byte[]? index, string? masked) =>
        cipher is null || index is null || masked is null ? null : new SealedValue(cipher, index, masked);
}
