using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.Knowledge.Domain;

namespace Huiyin.Knowledge.Features.Shared;

/// <summary>
/// An entry as written: <c>categories</c> are the ticket or complaint categories it answers (<c>Plumbing</c>, <c>Fees</c>),
/// <c>tags</c> free words staff search by, <c>reviewBy</c> the day its owner checks it again. The body of a create and of an
/// edit, and the base of their commands, so that their field errors name the body's fields.
/// </summary>
internal abstract record EntryFields
{
    public const int MaxListLength = 20;

    [JsonRequired]
    public KnowledgeKind Kind { get; init; }

    public string Title { get; init; } = "";

    public string Body { get; init; } = "";

    public IReadOnlyList<string>? Categories { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public Guid OwnerId { get; init; }

    public DateOnly ReviewBy { get; init; }

    public EntryWording Wording() => new(
        Kind, Title.Trim(), Body.Trim(), [.. (Categories ?? []).Distinct()], [.. (Tags ?? []).Select(t => t.Trim()).Distinct()], OwnerId, ReviewBy);
}

/// <summary>The body of <c>POST /api/v1/knowledge</c> and <c>PUT /api/v1/knowledge/{id}</c>.</summary>
internal sealed record EntryForm : EntryFields;

internal abstract class EntryFieldsValidator<TFields> : AbstractValidator<TFields>
    where TFields : EntryFields
{
    protected EntryFieldsValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithErrorCode("required").WithMessage("title is required.")
            .MaximumLength(KnowledgeEntry.MaxTitleLength);
        RuleFor(x => x.Body).Must(b => !string.IsNullOrWhiteSpace(b)).WithErrorCode("required").WithMessage("body is required.")
            .MaximumLength(KnowledgeEntry.MaxBodyLength);
        RuleFor(x => x.Categories).Must(c => c is null || c.Count <= EntryFields.MaxListLength)
            .WithErrorCode("too_many_categories").WithMessage($"At most {EntryFields.MaxListLength} categories.");
        RuleForEach(x => x.Categories).NotEmpty().MaximumLength(40).Matches("^[A-Za-z]+$")
            .WithMessage("A category is the name of a ticket or complaint category, such as Plumbing.");
        RuleFor(x => x.Tags).Must(t => t is null || t.Count <= EntryFields.MaxListLength).WithErrorCode("too_many_tags").WithMessage($"At most {EntryFields.MaxListLength} tags.");
        RuleForEach(x => x.Tags).Must(t => !string.IsNullOrWhiteSpace(t)).WithErrorCode("required").WithMessage("A tag is a word.").MaximumLength(40);
        RuleFor(x => x.OwnerId).NotEmpty();
        RuleFor(x => x.ReviewBy).NotEmpty();
    }
}
