using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Notifications.Contracts;

/// <summary>
/// Queues a text message from a template; the message is recorded in the caller's transaction and delivered after commit.
/// Answers the message's id, or a validation failure (implausible phone, unknown template, a value the template needs).
/// </summary>
public sealed record SendSms(
    string Phone, string TemplateKey, IReadOnlyDictionary<string, string> Values,
    string? RelatedItemType = null, Guid? RelatedItemId = null) : ICommand<Result<Guid>>
{
    /// <summary>The apology to a customer the desk could not reach about <paramref name="subject"/> (S1), related to their case.</summary>
    public static SendSms UnreachableApology(string phone, string customerName, string subject, string caseType, Guid caseId) =>
        new(phone, SmsTemplates.UnreachableApology, new Dictionary<string, string> { ["customerName"] = customerName, ["subject"] = subject }, caseType, caseId);
}

/// <summary>
/// Queues the same template with the same values to each of <paramref name="Phones"/> (at most 1,000) in one go, as
/// <see cref="SendSms"/> does for one: recorded in the caller's transaction, delivered after commit. Answers the messages'
/// ids in the order of the phones.
/// </summary>
public sealed record SendSmsToEach(
    IReadOnlyList<string> Phones, string TemplateKey, IReadOnlyDictionary<string, string> Values,
    string? RelatedItemType = null, Guid? RelatedItemId = null) : ICommand<Result<IReadOnlyList<Guid>>>
{
    public const int MostPhones = 1000;
}

/// <summary>The keys of the text-message templates every installation has.</summary>
public static class SmsTemplates
{
    /// <summary>无法联系客户时的致歉短信 (S1). Values: "customerName", "subject".</summary>
    public const string UnreachableApology = "unreachable-apology";

    /// <summary>停水停电等突发事件开始时告知受影响的业主和住户. Values: "title", "scope", "estimatedRestoration".</summary>
    public const string OutageStarted = "outage-started";

    /// <summary>突发事件处理完毕、恢复供应时告知受影响的业主和住户. Values: "title", "scope", "restoredAt".</summary>
    public const string OutageRestored = "outage-restored";

    /// <summary>公示、通知、整改通知单、交费通知单 sent by text message to the residents of the units in scope. Values: "title", "body".</summary>
    public const string Notice = "notice";

    /// <summary>受理回执: a customer's report registered, with its number and the promised time (S4). Values: "number", "category", "promisedAt".</summary>
    public const string ReportReceipt = "report-receipt";
}
