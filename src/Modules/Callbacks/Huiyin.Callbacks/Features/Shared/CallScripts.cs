using Huiyin.Callbacks.Domain;
using Huiyin.Customers.Contracts;
using Huiyin.Organization.Contracts;

namespace Huiyin.Callbacks.Features.Shared;

/// <summary>S4's outgoing script: 您好，XX物管，101号张XX为您服务 in the caller's name, the case in brief, and 老师，谢谢您，再见.</summary>
internal sealed class CallScripts(CallbackOptions options)
{
    public const string Closing = "老师，谢谢您，再见";

    public CallScriptResponse For(Callback callback, CustomerSummary? customer, StaffCard? caller) => new(
        customer?.Name,
        customer?.Phone,
        caller is null ? $"您好，{options.CompanyName}" : $"您好，{options.CompanyName}，{caller.ServiceNumber}号{caller.DisplayName}为您服务",
        CaseSummary(callback),
        Closing);

    private static string? CaseSummary(Callback callback) =>
        callback.ItemNumber is { } number ? $"{number}：{callback.ItemSummary}" : callback.ItemSummary ?? callback.Note;
}
