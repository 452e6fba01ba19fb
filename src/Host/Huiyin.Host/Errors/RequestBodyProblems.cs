using System.Text.Json;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Localization;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Host.Composition;
using Microsoft.AspNetCore.Mvc;

namespace Huiyin.Host.Errors;

/// <summary>Explains why a request could not be read, naming the field when the JSON says which one.</summary>
internal static class RequestBodyProblems
{
    private const string BodyField = "body";

    public static ProblemDetails From(BadHttpRequestException exception, Wording wording)
    {
        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Title = wording.Title(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type."),
                Detail = wording.Of("unsupported_media_type", "Send the body as application/json."),
                Extensions = { ["code"] = "unsupported_media_type" },
            };
        }

        var error = exception.InnerException is JsonException json ? Describe(json) : Describe(exception);
        var problem = ProblemResults.Describe(error, wording);
        problem.Detail = ((HttpValidationProblemDetails)problem).Errors.Values.Single().Single();
        return problem;
    }

    private static Error Describe(JsonException json)
    {
        // System.Text.Json says: ... was missing required properties including: 'kind', 'channel'.
        const string missing = "missing required properties including: '";
        if (json.Message.IndexOf(missing, StringComparison.Ordinal) is var at and >= 0)
        {
            var required = json.Message[(at + missing.Length)..].Split('\'')[0];
            return Error.Validation("required", required, $"'{required}' is required.");
        }

        var field = FieldOf(json.Path);
        if (json is UnknownEnumNameException unknown)
        {
            var names = string.Join(", ", unknown.Names);
            return Error.Validation("unknown_name", field, $"'{field}' must be one of: {names}.", new Dictionary<string, object?> { ["names"] = names });
        }

        var wrongType = json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal);
        return wrongType
            ? Error.Validation("wrong_type", field, $"'{field}' has a value of the wrong type.")
            : Error.Validation("body_not_json", BodyField,
                $"The body is not valid JSON (line {json.LineNumber + 1}, position {json.BytePositionInLine + 1}).",
                new Dictionary<string, object?> { ["line"] = json.LineNumber + 1, ["position"] = json.BytePositionInLine + 1 });
    }

    private static Error Describe(BadHttpRequestException exception)
    {
        if (exception.Message.Contains("was not provided from body", StringComparison.Ordinal))
        {
            return Error.Validation("body_required", BodyField, "A JSON body is required.");
        }

        // Minimal APIs say: Failed to bind parameter "bool? active" from "maybe".
        var quoted = exception.Message.Split('"');
        if (exception.Message.StartsWith("Failed to bind parameter", StringComparison.Ordinal) && quoted.Length >= 4)
        {
            var parameter = quoted[1].Split(' ').Last();
            return Error.Validation("invalid_value", parameter, $"'{quoted[3]}' is not a valid value for {parameter}.",
                new Dictionary<string, object?> { ["value"] = quoted[3] });
        }

        return Error.Validation("unreadable_body", BodyField, "The request could not be read.");
    }

    private static string FieldOf(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return BodyField;
        }

        return jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
    }
}
