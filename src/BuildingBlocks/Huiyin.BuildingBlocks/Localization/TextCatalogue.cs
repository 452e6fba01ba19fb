using System.Reflection;
using System.Text.Json;

namespace Huiyin.BuildingBlocks.Localization;

/// <summary>
/// The zh-CN wording of every code, merged from each project's embedded <c>Resources/zh-CN.json</c>:
/// <c>texts</c> maps a code to its template, <c>terms</c> maps English words that travel as placeholder values
/// (a status, a kind of record) to theirs.
/// </summary>
public sealed class TextCatalogue
{
    public const string ResourceName = "Huiyin.Texts.zh-CN.json";

    /// <summary>A key written twice in one file is refused too: JSON would otherwise keep the last silently.</summary>
    private static readonly JsonSerializerOptions FileOptions = new() { PropertyNameCaseInsensitive = true, AllowDuplicateProperties = false };

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _terms = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Codes => _texts.Keys;

    public static TextCatalogue Load(IEnumerable<Assembly> assemblies)
    {
        var catalogue = new TextCatalogue();
        foreach (var assembly in assemblies.Distinct())
        {
            using var stream = assembly.GetManifestResourceStream(ResourceName);
            if (stream is not null)
            {
                var file = JsonSerializer.Deserialize<TextFile>(stream, FileOptions)!;
                AddAll(catalogue._texts, file.Texts, assembly);
                AddAll(catalogue._terms, file.Terms, assembly, sameTwiceAllowed: true);
            }
        }

        return catalogue;
    }

    public string? Find(string code) => _texts.GetValueOrDefault(code);

    /// <summary>The wording of an English term, or the term itself when it has none.</summary>
    public string Term(string value) => _terms.GetValueOrDefault(value, value);

    private static void AddAll(Dictionary<string, string> into, Dictionary<string, string>? entries, Assembly assembly, bool sameTwiceAllowed = false)
    {
        foreach (var (key, text) in entries ?? [])
        {
            if (!into.TryAdd(key, text) && !(sameTwiceAllowed && into[key] == text))
            {
                throw new InvalidOperationException($"'{key}' is worded twice; {assembly.GetName().Name} repeats it.");
            }
        }
    }

    private sealed record TextFile(Dictionary<string, string>? Texts, Dictionary<string, string>? Terms);
}
