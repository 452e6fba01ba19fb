using Huiyin.Customers.Domain;

namespace Huiyin.Customers.Features.Shared;

/// <summary>A customer as every response shows it: the ID number and bank account masked (3301**********1234).</summary>
internal sealed record CustomerResponse(
    Guid Id,
    string Number,
    CustomerType Type,
    CustomerCategory Category,
    string Name,
    IReadOnlyList<string> Phones,
    string? Email,
    string? IdNumber,
    string? BankAccount,
    IReadOnlyList<string> Addresses,
    IReadOnlyList<Guid> UnitIds,
    Guid? AccountManagerId,
    bool Vip,
    int? Tier,
    string? Notes,
    bool SmsConsent,
    bool Archived,
    DateTimeOffset? ArchivedAt,
    ScoreResponse? Score,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy)
{
    public static CustomerResponse From(Customer c) => new(
        c.Id.Value, c.Number, c.Type, c.Type.Category(), c.Name, c.Phones, c.Email,
        c.IdNumberMasked, c.BankAccountMasked, c.Addresses, c.UnitIds, c.AccountManagerId, c.Vip, c.Tier, c.Notes, c.SmsConsent,
        c.IsArchived, c.ArchivedAt, c.Score is { } s ? ScoreResponse.From(s) : null, c.CreatedAt, c.CreatedBy, c.UpdatedAt, c.UpdatedBy);
}

/// <summary>An organisation's grading score and its evidence.</summary>
internal sealed record ScoreResponse(
    int AssetSize, int BusinessScale, int BrandStrength, int Cooperativeness, int Total, string Evidence, DateTimeOffset ScoredAt, string ScoredBy)
{
    public static ScoreResponse From(TierScore s) =>
        new(s.AssetSize, s.BusinessScale, s.BrandStrength, s.Cooperativeness, s.Total, s.Evidence, s.ScoredAt, s.ScoredBy);
}
