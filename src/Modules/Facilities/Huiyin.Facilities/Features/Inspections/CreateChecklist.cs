using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Facilities.Features.Inspections;

/// <summary>A checklist; with a target (VacantUnits, PublicAreas) the daily job gives each such place a round with it, for its team.</summary>
internal sealed record CreateChecklist(string Name, IReadOnlyList<ChecklistItemRequest> Items, ChecklistTarget Target = ChecklistTarget.None, Guid? TeamId = null)
    : ICommand<Result<ChecklistResponse>>;

/// <summary>An item: <c>category</c> is the category of the repair ticket a failure opens (Plumbing, Electrical, Appliance…).</summary>
internal sealed record ChecklistItemRequest(
    string Text, [property: JsonRequired] ChecklistItemKind Kind, [property: JsonRequired] RepairCategory Category, decimal? Min = null, decimal? Max = null, string? Unit = null,
    bool PhotoRequired = false);

internal sealed record ChecklistResponse(Guid Id, string Name, ChecklistTarget Target, Guid? TeamId, IReadOnlyList<ChecklistItem> Items)
{
    public static ChecklistResponse From(Checklist c) => new(c.Id.Value, c.Name, c.Target, c.TeamId, c.Items);
}

internal sealed class CreateChecklistValidator : AbstractValidator<CreateChecklist>
{
    public CreateChecklistValidator()
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

internal sealed class CreateChecklistHandler(FacilitiesDbContext db) : IRequestHandler<CreateChecklist, Result<ChecklistResponse>>
{
    public async Task<Result<ChecklistResponse>> Handle(CreateChecklist request, CancellationToken cancellationToken)
    {
        var checklist = Checklist.Create(request.Name.Trim(), request.Target, request.TeamId, request.Items.Select(i => new ChecklistItem
        {
            Id = Guid.CreateVersion7(), Text = i.Text.Trim(), Kind = i.Kind, Category = i.Category, Min = i.Min, Max = i.Max, Unit = i.Unit?.Trim(),
            PhotoRequired = i.PhotoRequired,
        }));
        db.Checklists.Add(checklist);
        await db.SaveChangesAsync(cancellationToken);
        return ChecklistResponse.From(checklist);
    }
}

internal static class CreateChecklistEndpoint
{
    public static void MapCreateChecklist(this IEndpointRouteBuilder facilities) =>
        facilities.MapPost("/checklists", async (CreateChecklist body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(checklist => TypedResults.Created($"/api/v1/facilities/checklists/{checklist.Id}", checklist)))
            .RequireAuthorization(FacilitiesPermissions.Write)
            .WithName("CreateChecklist")
            .WithSummary("Create an inspection checklist")
            .WithDescription("Items are PassFail or Reading (with min and/or max and a unit); `photoRequired` asks for a photo with the result; `category` is the repair ticket's category when the item fails. With `target` VacantUnits or PublicAreas, the daily job gives every such place a round, for `teamId`.")
            .Produces<ChecklistResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
