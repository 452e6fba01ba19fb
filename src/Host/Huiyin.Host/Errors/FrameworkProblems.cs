using Huiyin.BuildingBlocks.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Huiyin.Host.Errors;

/// <summary>
/// Problems ASP.NET Core writes by itself (an unknown route, a wrong method, a rate limit) get a stable code
/// by their status, and the caller's wording.
/// </summary>
internal static class FrameworkProblems
{
    private static readonly Dictionary<int, string> CodeByStatus = new[]
    {
        (404, "route_not_found"),
        (405, "method_not_allowed"),
        (406, "not_acceptable"),
        (415, "unsupported_media_type"),
        (429, "too_many_requests"),
    }.ToDictionary(p => p.Item1, p => p.Item2);

    public static void Word(ProblemDetails problem, Wording wording)
    {
        if (problem.Extensions.ContainsKey("code") || problem.Status is not { } status || !CodeByStatus.TryGetValue(status, out var code))
        {
            return;
        }

        problem.Extensions["code"] = code;
        problem.Title = wording.Title(status, problem.Title ?? "");
        var detail = wording.Of(code, problem.Detail ?? "");
        problem.Detail = detail.Length == 0 ? null : detail;
    }
}
