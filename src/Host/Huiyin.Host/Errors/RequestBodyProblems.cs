using System.Text.Json;
using Huiyin.Host.Composition;
using Microsoft.AspNetCore.Mvc;

namespace Huiyin.Host.Errors;

/// <summary>Explains why a request could not be read, naming the field when the JSON says which one.</summary>
internal static class RequestBodyProblems
{
    private const string BodyField = "body";

    public static ProblemDetails From(BadHttpRequestException exception)
    {
        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Title = "Unsupported content type.",
                Detail = "Send the body as application/json.",
            };
        }

        var (field, message) = exception.InnerException is JsonException json ? Describe(json) : Describe(exception);
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid.",
            Detail = message,
        };
    }

    private static (string Field, string Message) Describe(JsonException json)
    {
        // System.Text.Json says: ... was missing required properties including: 'kind', 'channel'.
        const string missing = "missing required properties including: '";
        if (json.Message.IndexOf(missing, StringComparison.Ordinal) is var at and >= 0)
        {
            var required = json.Message[(at + missing.Length)..].Split('\'')[0];
            return (required, $"'{required}' is required.");
        }

        var field = FieldOf(json.Path);
        if (json is UnknownEnumNameException unknown)
        {
            return (field, $"'{field}' must be one of: {string.Join(", ", unknown.Names)}.");
        }

        var wrongType = json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal);
        return wrongType
            ? (field, $"'{field}' has a value of the wrong type.")
            : (BodyField, $"The body is not valid JSON (line {json.LineNumber + 1}, position {json.BytePositionInLine + 1}).");
    }

    private static (string Field, string Message) Describe(BadHttpRequestException exception)
    {
        if (exception.Message.Contains("was not provided from body", StringComparison.Ordinal))
        {
            return (BodyField, "A JSON body is required.");
        }

        // Minimal APIs say: Failed to bind parameter "bool? active" from "maybe".
        var quoted = exception.Message.Split('"');
        if (exception.Message.StartsWith("Failed to bind parameter", StringComparison.Ordinal) && quoted.Length >= 4)
        {
            var parameter = quoted[1].Split(' ').Last();
            return (parameter, $"'{quoted[3]}' is not a valid value for {parameter}.");
        }

        return (BodyField, "The request could not be read.");
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
