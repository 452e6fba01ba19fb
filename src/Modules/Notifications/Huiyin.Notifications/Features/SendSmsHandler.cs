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

internal sealed class SendSmsToEachValidator : AbstractValidator<SendSmsToEach>
{
    public SendSmsToEachValidator()
    {
        RuleFor(x => x.Phones).NotEmpty();
        RuleFor(x => x.Phones.Count).LessThanOrEqualTo(SendSmsToEach.MostPhones).OverridePropertyName("phones");
        RuleForEach(x => x.Phones).Must(phone => MobilePhone.Normalize(phone) is not null)
            .WithMessage("phone must be a mainland mobile number: 11 digits starting with 1, optionally after +86.").WithErrorCode("mobile_format");
        RuleFor(x => x.TemplateKey).NotEmpty().MaximumLength(64);
        RuleFor(x => x.Values).NotNull();
        RuleFor(x => x.RelatedItemType).MaximumLength(32);
    }
}

/// <summary>
/// Renders the template and records each message with its <see cref="SmsQueued"/> event. Sent from another module's command,
/// the unit of work writes them in that command's transaction, so they commit or roll back with the caller's change.
/// </summary>
internal sealed class SendSmsHandler(NotificationsDbContext db, TemplateDefaults defaults, TimeProvider clock)
    : IRequestHandler<SendSms, Result<Guid>>, IRequestHandler<SendSmsToEach, Result<IReadOnlyList<Guid>>>
{
    /// <summary>Compiled once: every text receipt of an intake reads its template through here.</summary>
    private static readonly Func<NotificationsDbContext, string, CancellationToken, Task<MessageTemplate?>> TemplateOf =
        EF.CompileAsyncQuery((NotificationsDbContext context, string key, CancellationToken _) =>
            context.Templates.AsNoTracking().SingleOrDefault(t => t.Key == key));

    public async Task<Result<Guid>> Handle(SendSms request, CancellationToken cancellationToken)
    {
        var queued = await QueueAsync([request.Phone], request.TemplateKey, request.Values, request.RelatedItemType, request.RelatedItemId, cancellationToken);
        return queued.IsFailure ? Result<Guid>.Failure(queued.Error) : queued.Value[0];
    }

    public Task<Result<IReadOnlyList<Guid>>> Handle(SendSmsToEach request, CancellationToken cancellationToken) =>
        QueueAsync(request.Phones, request.TemplateKey, request.Values, request.RelatedItemType, request.RelatedItemId, cancellationToken);

    private async Task<Result<IReadOnlyList<Guid>>> QueueAsync(
        IReadOnlyList<string> phones, string templateKey, IReadOnlyDictionary<string, string> values, string? relatedItemType, Guid? relatedItemId,
        CancellationToken cancellationToken)
    {
        var template = await TemplateOf(db, templateKey, cancellationToken);
        if (template is null)
        {
            return Error.Validation("unknown_template", "templateKey", $"There is no message template '{templateKey}'.",
                new Dictionary<string, object?> { ["key"] = templateKey });
        }

        var allValues = defaults.With(values);
        var text = TemplateText.Render(template.Body, allValues);
        if (text.IsFailure)
        {
            return text.Error;
        }

        var now = clock.GetUtcNow();
        var messages = phones.Select(phone => OutgoingMessage.QueueSms(MobilePhone.Normalize(phone)!, template.Key, allValues, text.Value, relatedItemType, relatedItemId, now)).ToList();
        db.Messages.AddRange(messages);
        foreach (var message in messages)
        {
            db.Publish(new SmsQueued(message.Id.Value, message.RelatedItemType, message.RelatedItemId, message.CreatedAt));
        }

        return Result<IReadOnlyList<Guid>>.Success(messages.Select(m => m.Id.Value).ToList());
    }
}
