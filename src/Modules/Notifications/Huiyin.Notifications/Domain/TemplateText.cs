using System.Text.RegularExpressions;
using Huiyin.BuildingBlocks.Results;

namespace Huiyin.Notifications.Domain;

/// <summary>Reads and fills the <c>{name}</c> placeholders of a template's body.</summary>
internal static partial class TemplateText
{
    public static IReadOnlyList<string> PlaceholdersIn(string body) =>
        Placeholder().Matches(body).Select(m => m.Groups[1].Value).Distinct().ToList();

    /// <summary>True when every brace belongs to a placeholder: no <c>{</c> left open, no stray <c>}</c>, no <c>{}</c>.</summary>
    public static bool IsWellFormed(string body) => !Placeholder().Replace(body, "").Any(c => c is '{' or '}');

    /// <summary>The body with every placeholder replaced by its value; a validation error names each value missing (<c>values.subject</c>).</summary>
    public static Result<string> Render(string body, IReadOnlyDictionary<string, string> values)
    {
        var missing = PlaceholdersIn(body).Where(name => string.IsNullOrWhiteSpace(values.GetValueOrDefault(name))).ToList();
        if (missing.Count > 0)
        {
            return Error.Validation(missing.ToDictionary(
                name => $"values.{name}",
                name => new[] { new FieldError("template_value_missing", $"The template needs a value for '{name}'.", new Dictionary<string, object?> { ["name"] = name }) }));
        }

        return Placeholder().Replace(body, m => values[m.Groups[1].Value]);
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
