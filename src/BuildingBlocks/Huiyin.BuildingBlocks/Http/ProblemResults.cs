using Huiyin.BuildingBlocks.Localization;
using Huiyin.BuildingBlocks.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.BuildingBlocks.Http;

/// <summary>
/// Maps expected failures to RFC 9457 problem details in the caller's language. The stable <c>code</c> stays
/// for integrators, and a validation problem's <c>errorCodes</c> gives each field's codes beside its messages.
/// </summary>
public static class ProblemResults
{
    public static IResult From(Error error) => new ErrorProblem(error);

    public static ProblemDetails Describe(Error error, Wording wording)
    {
        var status = StatusOf(error.Kind);
        var arguments = new Dictionary<string, object?>(error.Extensions ?? new Dictionary<string, object?>());
        foreach (var (name, value) in error.Arguments)
        {
            arguments[name] = value;
        }

        var fields = error.FieldErrors;
        var problem = fields is not null
            ? new HttpValidationProblemDetails(fields.ToDictionary(f => f.Key, f => f.Value.Select(e => wording.Of(e.Code, e.Message, e.Arguments)).ToArray()))
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = wording.Title(status, TitleOf(error.Kind));
        problem.Detail = wording.Of(error.Code, error.Message, arguments);
        foreach (var (name, value) in error.Extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[name] = value;
        }

        problem.Extensions["code"] = error.Code;
        if (fields is not null)
        {
            problem.Extensions["errorCodes"] = fields.ToDictionary(f => f.Key, f => f.Value.Select(e => e.Code).ToArray());
        }

        return problem;
    }

    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
        ErrorKind.PreconditionRequired => StatusCodes.Status428PreconditionRequired,
        ErrorKind.BusinessRule => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.Locked => StatusCodes.Status423Locked,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static string TitleOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => "The request is invalid.",
        ErrorKind.Unauthorized => "Not signed in.",
        ErrorKind.Forbidden => "Not allowed.",
        ErrorKind.NotFound => "Not found.",
        ErrorKind.Conflict => "Conflict with the current state.",
        ErrorKind.PreconditionFailed => "The resource has changed.",
        ErrorKind.PreconditionRequired => "A precondition is required.",
        ErrorKind.BusinessRule => "A business rule forbids this.",
        ErrorKind.Locked => "Locked.",
        _ => "Error.",
    };

    /// <summary>Worded when it is written, once the request's language is known.</summary>
    private sealed class ErrorProblem(Error error) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => StatusOf(error.Kind);

        public Task ExecuteAsync(HttpContext httpContext)
        {
            var wording = httpContext.RequestServices.GetService<Wording>() ?? new Wording(new TextCatalogue());
            return TypedResults.Problem(Describe(error, wording)).ExecuteAsync(httpContext);
        }
    }
}
