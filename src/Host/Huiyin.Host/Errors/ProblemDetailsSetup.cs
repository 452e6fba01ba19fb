using System.Diagnostics;
using Huiyin.BuildingBlocks.Localization;

namespace Huiyin.Host.Errors;

internal static class ProblemDetailsSetup
{
    /// <summary>Every error is RFC 9457 problem details, in the caller's language, carrying the trace id a support call can quote.</summary>
    public static void AddHuiyinProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            FrameworkProblems.Word(context.ProblemDetails, context.HttpContext.RequestServices.GetRequiredService<Wording>());
        });
        services.AddExceptionHandler<ExceptionProblemHandler>();
    }
}
