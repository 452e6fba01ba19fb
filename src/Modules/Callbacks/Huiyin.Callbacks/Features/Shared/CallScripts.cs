using System.Text.RegularExpressions;
using Huiyin.Callbacks.Domain;
using Huiyin.Customers.Contracts;
using Huiyin.Organization.Contracts;

namespace Huiyin.Callbacks.Features.Shared;

/// <summary>
/// What the caller says: S4's approved outgoing script (您好，我是XX物管服务人员101号XX，请问是XX业主吗？) filled with the company, the
/// caller and the customer, or without one the built-in greeting (您好，XX物管，101号张XX为您服务); the case in brief; and 老师，谢谢您，再见.
/// </summary>
internal sealed partial class CallScripts(CallbackOptions options)
{
    public const string Closing = "老师，谢谢您，再见";

    public CallScriptResponse For(Callback callback, CustomerSummary? customer, StaffCard? caller, string? outgoingScript) => new(
        customer?.Name,
        customer?.Phone,
        outgoingScript is null ? BuiltInGreeting(caller) : Filled(outgoingScript, customer, caller),
        CaseSummary(callback),
        Closing);

    private string BuiltInGreeting(StaffCard? caller) =>
        caller is null ? $"您好，{options.CompanyName}" : $"您好，{options.CompanyName}，{caller.ServiceNumber}号{caller.DisplayName}为您服务";

    /// <summary>XX物管 becomes the company, 101号XX the caller's number and name, and the XX left (XX业主) the customer's name.</summary>
    private string Filled(string script, CustomerSummary? customer, StaffCard? caller)
    {
        var withCompany = script.Replace("XX物管", options.CompanyName, StringComparison.Ordinal);
        var withCaller = caller is null ? withCompany : CallerPlaceholder().Replace(withCompany, $"{caller.ServiceNumber}号{caller.DisplayName}");
        return withCaller.Replace("XX", customer?.Name ?? "", StringComparison.Ordinal);
    }

    private static string? CaseSummary(Callback callback) =>
        callback.ItemNumber is { } number ? $"{number}：{callback.ItemSummary}" : callback.ItemSummary ?? callback.Note;

    [GeneratedRegex(@"\d*号XX")]
    private static partial Regex CallerPlaceholder();
}
