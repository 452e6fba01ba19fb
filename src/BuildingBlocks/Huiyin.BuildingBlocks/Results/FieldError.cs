namespace Huiyin.BuildingBlocks.Results;

/// <summary>
/// What is wrong with one field: a stable code for integrators and for the wording in other languages, the
/// English message, and the values that wording fills in (<c>{MaxLength}</c>, say).
/// </summary>
public sealed record FieldError(string Code, string Message, IReadOnlyDictionary<string, object?>? Arguments = null);
