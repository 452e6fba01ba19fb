using Huiyin.Notifications.Contracts;
using FluentValidation;
using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Notifications.Domain;
using Huiyin.Notifications.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Notifications.Features;

/// <summary>The new wording of a template.</summary>
internal sealed record TemplateChange(string Body);

/// <summary>Rewords a template (send the ETag read). It may use only its own placeholders; messages already queued keep their text.</summary>
internal sealed record UpdateTemplate(string Key, uint? ExpectedVersion, string Body) : ICommand<Result<Versioned<TemplateResponse>>>, IAuditedChange;

internal sealed class UpdateTemplateValidator : AbstractValidator<UpdateTemplate>
{
    public UpdateTemplateValidator() =>
        RuleFor(x => x.Body).NotEmpty().MaximumLength(MessageTemplate.MaxBodyLength)
            .Must(TemplateText.IsWellFormed).WithMessage("Every '{' must open a placeholder such as {customerName}, closed by '}'.").WithErrorCode("placeholder_format");
}

internal sealed class UpdateTemplateHandler(NotificationsDbContext db) : IRequestHandler<UpdateTemplate, Result<Versioned<TemplateResponse>>>
{
    public async Task<Result<Versioned<TemplateResponse>>> Handle(UpdateTemplate request, CancellationToken cancellationToken)
    {
        var found = await db.Templates.FindForUpdateAsync(t => t.Key == request.Key, request.ExpectedVersion, "Message template", request.Key, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error;
        }

        var template = found.Value;
        var unknown = TemplateText.PlaceholdersIn(request.Body).Except(template.Placeholders).ToList();
        if (unknown.Count > 0)
        {
            return Error.Validation("unknown_placeholder", "body",
                $"Unknown placeholder(s): {string.Join(", ", unknown)}. This template may use: {string.Join(", ", template.Placeholders)}.",
                new Dictionary<string, object?> { ["unknown"] = unknown, ["known"] = template.Placeholders });
        }

        template.ChangeBody(request.Body);
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<TemplateResponse>(TemplateResponse.From(template), template.Version);
    }
}

internal static class UpdateTemplateEndpoint
{
    public static void MapUpdateTemplate(this IEndpointRouteBuilder templates) =>
        templates.MapPut("/{key}", async (string key, TemplateChange change, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response,
                    IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new UpdateTemplate(key, ETags.Parse(ifMatch), change.Body), cancellationToken))
                .ToHttp(updated => updated.ToOk(response)))
            .RequireAuthorization(NotificationsPermissions.Manage)
            .WithName("UpdateMessageTemplate")
            .WithSummary("Reword a message template (send If-Match)")
            .WithDescription("`body`: 1–500 characters; placeholders in braces, only those the template lists (`placeholders`).")
            .Produces<TemplateResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
