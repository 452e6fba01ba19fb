using Huiyin.BuildingBlocks.Results;
using Microsoft.AspNetCore.Http;

namespace Huiyin.BuildingBlocks.Http;

/// <summary>Maps expected failures to RFC 9457 problem details.</summary>
public static class ProblemResults
{
    public static IResult From(Error error)
    {
        if (error.Kind == ErrorKind.Validation)
        {
            return TypedResults.ValidationProblem(
                error.FieldErrors?.ToDictionary(e => e.Key, e => e.Value) ?? [],
                detail: error.Message,
                title: "The request is invalid.",
                extensions: new Dictionary<string, object?> { ["code"] = error.Code });
        }

        var extensions = new Dictionary<string, object?>(error.Extensions ?? new Dictionary<string, object?>()) { ["code"] = error.Code };
        var status = StatusOf(error.Kind);
        return TypedResults.Problem(
            detail: error.Message,
            statusCode: status,
            title: TitleOf(error.Kind),
            extensions: extensions);
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
}
