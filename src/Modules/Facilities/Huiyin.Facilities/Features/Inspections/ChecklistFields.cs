using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.Facilities.Domain;

namespace Huiyin.Facilities.Features.Inspections;

/// <summary>What a checklist is made of, on create and on update.</summary>
internal interface IChecklistFields
{
    string Name { get; }

    IReadOnlyList<ChecklistItemRequest> Items { get; }

    ChecklistTarget Target { get; }

    Guid? TeamId { get; }
}

/// <summary>An item: <c>category</c> is the category of the repair ticket a failure opens (Plumbing, Electrical, Appliance…).</summary>
internal sealed record ChecklistItemRequest(
    string Text, [property: JsonRequired] ChecklistItemKind Kind, [property: JsonRequired] RepairCategory Category, decimal? Min = null, decimal? Max = null, string? Unit = null,
    bool PhotoRequired = false)
{
    public ChecklistItem ToItem() => new()
    {
        Id = Guid.CreateVersion7(), Text = Text.Trim(), Kind = Kind, Category = Category, Min = Min, Max = Max, Unit = Unit?.Trim(), PhotoRequired = PhotoRequired,
    };
}

/// <summary>The body of <c>PUT /facilities/checklists/{id}</c>.</summary>
internal sealed record ChecklistFields(string Name, IReadOnlyList<ChecklistItemRequest> Items, ChecklistTarget Target = ChecklistTarget.None, Guid? TeamId = null)
    : IChecklistFields;

internal sealed record ChecklistResponse(Guid Id, string Name, ChecklistTarget Target, Guid? TeamId, IReadOnlyList<ChecklistItem> Items)
{
    public static ChecklistResponse From(Checklist c) => new(c.Id.Value, c.Name, c.Target, c.TeamId, c.Items);
}

internal abstract class ChecklistFieldsValidator<T> : AbstractValidator<T>
    where T : IChecklistFields
{
    protected ChecklistFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Target).IsInEnum();
        RuleFor(x => x.Items).NotEmpty().Must(items => items.Count <= 100).WithMessage("A checklist has at most 100 items.").WithErrorCode("checklist_too_long");
        RuleForEach(x => x.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Text).NotEmpty().MaximumLength(200);
            item.RuleFor(i => i.Kind).IsInEnum();
            item.RuleFor(i => i.Category).IsInEnum();
            item.RuleFor(i => i.Min).NotNull().When(i => i.Kind == ChecklistItemKind.Reading && i.Max is null)
                .WithMessage("A reading has a lower limit, an upper limit or both.");
            item.RuleFor(i => i.Max).GreaterThanOrEqualTo(i => i.Min).When(i => i.Min is not null && i.Max is not null);
            item.RuleFor(i => i.Unit).MaximumLength(20);
        });
    }
}
