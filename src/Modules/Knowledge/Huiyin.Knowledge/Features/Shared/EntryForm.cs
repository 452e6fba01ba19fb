using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.Knowledge.Domain;

namespace Huiyin.Knowledge.Features.Shared;

/// <summary>
/// An entry as written, the body of a create and of an edit: <c>categories</c> are the ticket or complaint categories it answers
/// (<c>Plumbing</c>, <c>Fees</c>), <c>tags</c> free words staff search by, <c>reviewBy</c> the day its owner checks it again.
/// The commands derive from it so that their field errors name the body's fields.
/// </summary>
internal record EntryForm(
    [property: JsonRequired] KnowledgeKind Kind, string Title, string Body, IReadOnlyList<string>? Categories, IReadOnlyList<string>? Tags,
    Guid OwnerId, DateOnly ReviewBy)
{
    public EntryWording Wording() => new(
        Kind, Title.Trim(), Body.Trim(), [.. (Categories ?? []).Distinct()], [.. (Tags ?? []).Select(t => t.Trim()).Distinct()], OwnerId, ReviewBy);
}

internal abstract class EntryFormValidator<TForm> : AbstractValidator<TForm>
    where TForm : EntryForm
{
    protected EntryFormValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithErrorCode("required").WithMessage("title is required.")
            .MaximumLength(KnowledgeEntry.MaxTitleLength);
        RuleFor(x => x.Body).Must(b => !string.IsNullOrWhiteSpace(b)).WithErrorCode("required").WithMessage("body is required.")
            .MaximumLength(KnowledgeEntry.MaxBodyLength);
        RuleFor(x => x.Categories).Must(c => c is null || c.Count <= 20).WithMessage("At most 20 categories.");
        RuleForEach(x => x.Categories).NotEmpty().MaximumLength(40).Matches("^[A-Za-z]+$")
            .WithMessage("A category is the name of a ticket or complaint category, such as Plumbing.");
        RuleFor(x => x.Tags).Must(t => t is null || t.Count <= 20).WithMessage("At most 20 tags.");
        RuleForEach(x => x.Tags).Must(t => !string.IsNullOrWhiteSpace(t)).WithErrorCode("required").WithMessage("A tag is a word.").MaximumLength(40);
        RuleFor(x => x.OwnerId).NotEmpty();
        RuleFor(x => x.ReviewBy).NotEmpty();
    }
}
