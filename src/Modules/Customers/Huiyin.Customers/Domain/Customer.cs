using System.Globalization;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.Customers.Protection;

namespace Huiyin.Customers.Domain;

/// <summary>One file per customer (一户一档): a person or an organisation, never deleted, archived when they leave.</summary>
internal sealed class Customer : IAuditable, IVersioned
{
    private Customer()
    {
    }

    public CustomerId Id { get; private set; }

    /// <summary>Registration order, from a sequence: the stable sort key of lists.</summary>
    public long Sequence { get; private set; }

    /// <summary>Human-readable and unique: C000123.</summary>
    public string Number { get; private set; } = "";

    public CustomerType Type { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Normalised phones (digits only, no country code).</summary>
    public List<string> Phones { get; private set; } = [];

    public string? Email { get; private set; }

    public byte[]? IdNumberCipher { get; private set; }

    public byte[]? IdNumberIndex { get; private set; }

    public string? IdNumberMasked { get; private set; }

    public byte[]? BankAccountCipher { get; private set; }

    public byte[]? BankAccountIndex { get; private set; }

    public string? BankAccountMasked { get; private set; }

    public List<string> Addresses { get; private set; } = [];

    public List<Guid> UnitIds { get; private set; } = [];

    public Guid? AccountManagerId { get; private set; }

    public bool Vip { get; private set; }

    /// <summary>1, 2 or 3; persons by rule, organisations by an approved grading run (null until then).</summary>
    public int? Tier { get; private set; }

    public string? Notes { get; private set; }

    public bool SmsConsent { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    public TierScore? Score { get; private set; }

    /// <summary>Name and phones in one column behind a trigram index, for substring search.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>
    /// Every one- and two-character piece of the name (lower case), behind a GIN index: trigrams cannot serve a
    /// search for 张伟 or 建国, and two-character Chinese names are common (measured in docs/benchmarks.md).
    /// </summary>
    public List<string> NameGrams { get; private set; } = [];

    public uint Version { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public bool IsArchived => ArchivedAt is not null;

    public static Customer Register(long sequence, CustomerProfile profile)
    {
        var customer = new Customer { Id = CustomerId.New(), Sequence = sequence, Number = string.Create(CultureInfo.InvariantCulture, $"C{sequence:D6}") };
        customer.Change(profile);
        return customer;
    }

    public void Change(CustomerProfile profile)
    {
        Type = profile.Type;
        Name = profile.Name;
        Phones = [.. profile.Phones.Distinct()];
        Email = profile.Email;
        (IdNumberCipher, IdNumberIndex, IdNumberMasked) = (profile.IdNumber?.Cipher, profile.IdNumber?.Index, profile.IdNumber?.Masked);
        (BankAccountCipher, BankAccountIndex, BankAccountMasked) = (profile.BankAccount?.Cipher, profile.BankAccount?.Index, profile.BankAccount?.Masked);
        Addresses = [.. profile.Addresses];
        UnitIds = [.. profile.UnitIds.Distinct()];
        AccountManagerId = profile.AccountManagerId;
        Vip = profile.Vip;
        Notes = profile.Notes;
        SmsConsent = profile.SmsConsent;
        SearchText = string.Join(' ', [Name, .. Phones]);
        NameGrams = [.. Grams(Name.ToLowerInvariant())];
        if (!Type.IsOrganization())
        {
            Tier = Vip ? 1 : 2; // persons get their tier by rule, not by ranking
        }
    }

    /// <summary>The one- and two-character pieces of a name (lower case), as stored in <see cref="NameGrams"/>.</summary>
    public static IEnumerable<string> Grams(string name)
    {
        var characters = Characters(name);
        return characters.Concat(Pairs(characters)).Where(g => !string.IsNullOrWhiteSpace(g)).Distinct();
    }

    /// <summary>
    /// The characters of a text, a character outside the Basic Multilingual Plane (an emoji, a rare hanzi) kept whole:
    /// half of one would be text PostgreSQL cannot store.
    /// </summary>
    public static string[] Characters(string text) => [.. text.EnumerateRunes().Select(r => r.ToString())];

    public static IEnumerable<string> Pairs(string[] characters) => characters.Zip(characters.Skip(1), (first, second) => first + second);

    public void Archive(DateTimeOffset now) => ArchivedAt = now;

    public void Restore() => ArchivedAt = null;

    public void Rate(TierScore score) => Score = score;

    public void AssignTier(int tier) => Tier = tier;

    /// <summary>
    /// The fields as history shows them (sensitive ones masked), each with the key that decides whether it changed
    /// (the blind index for sensitive ones, so that a new number with the same masked form still counts).
    /// </summary>
    public IReadOnlyDictionary<string, (string? Shown, string? Key)> Snapshot()
    {
        static (string?, string?) Plain(string? value) => (value, value);
        static (string?, string?) Sealed(string? masked, byte[]? index) => (masked, index is null ? null : Convert.ToHexString(index));
        return new Dictionary<string, (string?, string?)>
        {
            ["type"] = Plain(Type.ToString()),
            ["name"] = Plain(Name),
            ["phones"] = Plain(Phones.Count == 0 ? null : string.Join(", ", Phones)),
            ["email"] = Plain(Email),
            ["idNumber"] = Sealed(IdNumberMasked, IdNumberIndex),
            ["bankAccount"] = Sealed(BankAccountMasked, BankAccountIndex),
            ["addresses"] = Plain(Addresses.Count == 0 ? null : string.Join("; ", Addresses)),
            ["unitIds"] = Plain(UnitIds.Count == 0 ? null : string.Join(", ", UnitIds)),
            ["accountManagerId"] = Plain(AccountManagerId?.ToString()),
            ["vip"] = Plain(Vip ? "true" : "false"),
            ["tier"] = Plain(Tier?.ToString(CultureInfo.InvariantCulture)),
            ["notes"] = Plain(Notes),
            ["smsConsent"] = Plain(SmsConsent ? "true" : "false"),
            ["archived"] = Plain(IsArchived ? "true" : "false"),
            ["score"] = Plain(Score?.Describe()),
        };
    }
}

/// <summary>The fields staff set on a customer, already normalised and the sensitive ones sealed.</summary>
internal sealed record CustomerProfile(
    CustomerType Type,
    string Name,
    IReadOnlyList<string> Phones,
    string? Email,
    SealedValue? IdNumber,
    SealedValue? BankAccount,
    IReadOnlyList<string> Addresses,
    IReadOnlyList<Guid> UnitIds,
    Guid? AccountManagerId,
    bool Vip,
    string? Notes,
    bool SmsConsent);

/// <summary>An organisation's grading score (S1 金科): four criteria of 0–25 each, with the evidence for them.</summary>
internal sealed record TierScore(int AssetSize, int BusinessScale, int BrandStrength, int Cooperativeness, string Evidence, DateTimeOffset ScoredAt, string ScoredBy)
{
    public int Total => AssetSize + BusinessScale + BrandStrength + Cooperativeness;

    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Total} ({AssetSize}/{BusinessScale}/{BrandStrength}/{Cooperativeness})");
}
