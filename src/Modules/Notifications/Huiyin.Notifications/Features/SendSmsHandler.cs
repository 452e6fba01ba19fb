using FluentValidation;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Domain;
using Huiyin.Notifications.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Features;

internal sealed class SendSmsValidator : AbstractValidator<SendSms>
{
    public SendSmsValidator()
    {
        RuleFor(x => x.Phone).Must(phone => MobilePhone.Normalize(phone) is not null)
            .WithMessage("phone must be a mainland mobile number: 11 digits starting with 1, optionally after +86.").WithErrorCode("mobile_format");
        RuleFor(x => x.TemplateKey).NotEmpty().MaximumLength(64);
        RuleFor(x => x.Values).NotNull();
        RuleFor(x => x.RelatedItemType).MaximumLength(32);
        RuleFor(x => x.RelatedItemId).NotNull().When(x => x.RelatedItemType is not null)
            .WithMessage("relatedItemId is required with relatedItemType.");
    }
}

/// <summary>
/// Renders the template and records the message with its <see cref="SmsQueued"/> event. Sent from another module's command,
/// the unit of work writes both in that command's transaction, so they commit or roll back with the caller's change.
/// </summary>
internal sealed class SendSmsHandler(NotificationsDbContext db, TemplateDefaults defaults, TimeProvider clock) : IRequestHandler<SendSms, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(SendSms request, CancellationToken cancellationToken)
    {
        var template = await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.Key == request.TemplateKey, cancellationToken);
        if (template is null)
        {
            return Error.Validation("unknown_template", "templateKey", $"There is no message template '{request.TemplateKey}'.",
                new Dictionary<string, object?> { ["key"] = request.TemplateKey });
        }

        var text = TemplateText.Render(template.Body, defaults.With(request.Values));
        if (text.IsFailure)
        {
            return text.Error;
        }

        var message = OutgoingMessage.QueueSms(
            MobilePhone.Normalize(request.Phone)!, template.Key, text.Value, request.RelatedItemType, request.RelatedItemId, clock.GetUtcNow());
        db.Messages.Add(message);
        db.Publish(new SmsQueued(message.Id.Value, message.RelatedItemType, message.RelatedItemId, message.CreatedAt));
        return message.Id.Value;
    }
}
