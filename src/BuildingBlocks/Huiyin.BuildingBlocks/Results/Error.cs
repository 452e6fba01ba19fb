namespace Huiyin.BuildingBlocks.Results;

/// <summary>
/// An expected failure: a stable machine code, the English message and, for validation, the fields at fault.
/// Extensions travel into the problem details (for example <c>lockedUntil</c> or <c>allowed</c>); arguments
/// and extensions fill the placeholders of the code's wording in other languages (<c>{name}</c>).
/// </summary>
public sealed record Error(
    ErrorKind Kind,
    string Code,
    string Message,
    IReadOnlyDictionary<string, FieldError[]>? FieldErrors = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>();

    /// <summary>This error with one more value for the placeholders of its wording.</summary>
    public Error With(string name, object? value) =>
        this with { Arguments = new Dictionary<string, object?>(Arguments) { [name] = value } };

    public static Error Validation(string code, string field, string message, IReadOnlyDictionary<string, object?>? arguments = null) =>
        Validation(new Dictionary<string, FieldError[]> { [field] = [new FieldError(code, message, arguments)] });

    public static Error Validation(IReadOnlyDictionary<string, FieldError[]> fieldErrors) =>
        new(ErrorKind.Validation, "validation", "One or more fields are invalid.", fieldErrors);

    public static Error NotFound(string what, object id) =>
        new Error(ErrorKind.NotFound, "not_found", $"{what} '{id}' was not found.").With(nameof(what), what).With(nameof(id), id);

    public static Error Conflict(string code, string message, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(ErrorKind.Conflict, code, message, Extensions: extensions);

    /// <summary>An action not allowed in the current state: names the state and what is allowed.</summary>
    public static Error IllegalTransition(string action, string currentStatus, IEnumerable<string> allowedActions) =>
        new Error(ErrorKind.Conflict, "illegal_transition",
            $"Cannot {action} while the status is {currentStatus}.",
            Extensions: new Dictionary<string, object?>
            {
                ["currentStatus"] = currentStatus,
                ["allowedActions"] = allowedActions.ToArray(),
            }).With(nameof(action), action);

    public static Error Stale() =>
        new(ErrorKind.PreconditionFailed, "stale",
            "The resource was changed by someone else since you read it. Reload it and try again.");

    public static Error IfMatchRequired() =>
        new(ErrorKind.PreconditionRequired, "if_match_required",
            "Send the If-Match header with the ETag you read, so that nobody's changes are overwritten.");

    public static Error BusinessRule(string code, string message) => new(ErrorKind.BusinessRule, code, message);

    public static Error Unauthorized(string code, string message) => new(ErrorKind.Unauthorized, code, message);

    public static Error Forbidden(string code, string message) => new(ErrorKind.Forbidden, code, message);
}
