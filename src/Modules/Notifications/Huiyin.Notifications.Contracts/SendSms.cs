using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Notifications.Contracts;

/// <summary>
/// Queues a text message from a template; the message is recorded in the caller's transaction and delivered after commit.
/// Answers the message's id, or a validation failure (implausible phone, unknown template, a value the template needs).
/// </summary>
public sealed record SendSms(
    string Phone, string TemplateKey, IReadOnlyDictionary<string, string> Values,
    string? RelatedItemType = null, Guid? RelatedItemId = null) : ICommand<Result<Guid>>;

/// <summary>The keys of the text-message templates every installation has.</summary>
public static class SmsTemplates
{
    /// <summary>无法联系客户时的致歉短信 (S1). Values: "customerName", "subject".</summary>
    public const string UnreachableApology = "unreachable-apology";
}
