using System.Text.Json.Nodes;
using Huiyin.TestKit;

namespace Huiyin.Api.Tests;

/// <summary>
/// A field or query parameter whose name says it holds a vocabulary (a status, a kind, a role…) must be an enum in
/// the OpenAPI document the host serves, so the clients' generated types carry its members.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EnumsInTheContractTests(HuiyinApp app) : HuiyinTest(app)
{
    private static readonly HashSet<string> VocabularyNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "status", "fromStatus", "toStatus", "kind", "type", "itemType", "workType", "role", "roles", "source", "severity", "priority",
        "channel", "category", "outcome", "method", "metric", "complexity", "format", "clockEvent", "allowedActions",
    };

    /// <summary>
    /// Open sets: an event's type name; a category of whichever module's items a policy times (Sla keeps no list of them) or a knowledge entry answers; the
    /// status of an item a shift carried over, a ticket's or a complaint's as its own module words it.
    /// </summary>
    private static readonly HashSet<string> OpenSets = ["ParkedMessage.type", "PolicyMatch.category", "EvaluatePolicy.category", "GET /api/v1/knowledge ?category", "CarriedItemResponse.status"];

    [Fact]
    public async Task Every_vocabulary_field_and_query_parameter_is_an_enum()
    {
        var document = JsonNode.Parse(await App.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;

        var fields = document["components"]!["schemas"]!.AsObject()
            .Where(schema => schema.Key is not ("ProblemDetails" or "HttpValidationProblemDetails"))
            .SelectMany(schema => (schema.Value!["properties"]?.AsObject() ?? []).Select(property => ($"{schema.Key}.{property.Key}", property.Key, property.Value!)));
        var parameters = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().SelectMany(operation => (operation.Value!["parameters"]?.AsArray() ?? [])
                .Select(parameter => ($"{operation.Key.ToUpperInvariant()} {path.Key} ?{parameter!["name"]}", (string)parameter["name"]!, parameter["schema"]!))));

        var plainStrings = fields.Concat(parameters)
            .Where(field => VocabularyNames.Contains(field.Item2) && !OpenSets.Contains(field.Item1) && IsPlainString(field.Item3))
            .Select(field => field.Item1)
            .ToList();

        Assert.True(plainStrings.Count == 0, $"These take a vocabulary but are plain strings in the document: {string.Join(", ", plainStrings)}.");
    }

    [Fact]
    public async Task A_comma_separated_filter_is_an_array_of_its_enum_written_with_commas()
    {
        var document = JsonNode.Parse(await App.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;
        var status = document["paths"]!["/api/v1/tickets"]!["get"]!["parameters"]!.AsArray().Single(p => (string)p!["name"]! == "status")!;

        Assert.Equal(("array", "#/components/schemas/TicketStatus", false),
            ((string)status["schema"]!["type"]!, (string)status["schema"]!["items"]!["$ref"]!, (bool)status["explode"]!));
    }

    private static bool IsPlainString(JsonNode schema) =>
        schema["type"]?.ToString() switch
        {
            "string" => schema["enum"] is null,
            "array" => IsPlainString(schema["items"]!),
            _ => false,
        };
}
