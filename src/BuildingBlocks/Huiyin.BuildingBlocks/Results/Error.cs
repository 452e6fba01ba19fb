namespace Huiyin.BuildingBlocks.Results;

/// <summary>
/// An expected failure: a stable machine code, a human message and, for validation, the fields at fault.
/// Extensions travel into the problem details (for example <c>lockedUntil</c> or <c>allowed</c>).
/// </summary>
public sealed record Error(
    ErrorKind Kind,
    string Code,
    string Message,
    IReadOnlyDictionary<string, string[]>? FieldErrors = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    public static Error Validation(string field, string message) =>
        new(ErrorKind.Validation, "validation", "One or more fields are invalid.",
            new Dictionary<string, string[]> { [field] = [message] });

    public static Error Validation(IReadOnlyDictionary<string, string[]> fieldErrors) =>
        new(ErrorKind.Validation, "validation", "One or more fields are invalid.", fieldErrors);

    public static Error NotFound(string what, object id) =>
        new(ErrorKind.NotFound, "not_found", $"{what} '{id}' was not found.");

    public static Error Conflict(string code, string message, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(ErrorKind.Conflict, code, message, Extensions: extensions);

    /// <summary>An action not allowed in the current state: names the state and what is allowed.</summary>
    public static Error IllegalTransition(string action, string currentStatus, IEnumerable<string> allowedActions) =>
        new(ErrorKind.Conflict, "illegal_transition",
            $"Cannot {action} while the status is {currentStatus}.",
            Extensions: new Dictionary<string, object?>
            {
                ["currentStatus"] = currentStatus,
                ["allowedActions"] = allowedActions.ToArray(),
            });

    public static Error Stale() =>
        new(ErrorKind.PreconditionFailed, "stale",
            "The resource was changed by someone else since you read it. Reload it and try again.");

    public static Error IfMatchRequired() =>
        new(ErrorKind.PreconditionRequired, "if_match_required",
            "Send the If-Match header with the ETag you read, so that nobody's changes are overwritten.");

    public static Error BusinessRule(string code, string message) => new(ErrorKind.BusinessRule, code, message);

    public static Error Unauthorized(string message) => new(ErrorKind.Unauthorized, "unauthorized", message);

    public static Error Forbidden(string message) => new(ErrorKind.Forbidden, "forbidden", message);
}
