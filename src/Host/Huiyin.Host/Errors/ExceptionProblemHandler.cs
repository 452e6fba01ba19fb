using Huiyin.BuildingBlocks.Localization;
using Huiyin.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Huiyin.Host.Errors;

/// <summary>
/// The one place exceptions become responses: an unreadable request body is the caller's 400 (with the
/// field at fault), a database that stayed away through the unit of work's retries is a 503 with <c>Retry-After</c>,
/// a request its caller abandoned is closed with 499 and no body (nobody is left to read it, and it is not a fault of ours),
/// anything else is a bug and answers 500 with a trace id and no internals.
/// </summary>
internal sealed class ExceptionProblemHandler(
    IProblemDetailsService problems, Wording wording, IOptions<DatabaseRetryOptions> retry, ILogger<ExceptionProblemHandler> logger) : IExceptionHandler
{
    public const int ClientClosedRequest = 499;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            logger.LogInformation("The caller closed {Method} {Path} before it was answered", httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.StatusCode = ClientClosedRequest;
            return true;
        }

        ProblemDetails problem;
        if (exception is BadHttpRequestException badRequest)
        {
            problem = RequestBodyProblems.From(badRequest, wording);
        }
        else if (TransientDatabaseFailure.Is(exception))
        {
            logger.LogWarning("The database did not answer {Method} {Path}: {Failure}", httpContext.Request.Method, httpContext.Request.Path, exception.Message);
            httpContext.Response.Headers.RetryAfter = retry.Value.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            problem = Problem(StatusCodes.Status503ServiceUnavailable, "The service is briefly unavailable.", "database_unavailable",
                "The database did not answer in time. Nothing was saved; try again in a few seconds.");
        }
        else
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "Something went wrong on our side.", "internal_error",
                "The error has been logged. Quote the trace id when you report it.");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private ProblemDetails Problem(int status, string title, string code, string detail) => new()
    {
        Status = status,
        Title = wording.Title(status, title),
        Detail = wording.Of(code, detail),
        Extensions = { ["code"] = code },
    };
}
