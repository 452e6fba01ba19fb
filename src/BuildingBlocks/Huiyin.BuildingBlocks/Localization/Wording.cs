using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Huiyin.BuildingBlocks.Localization;

/// <summary>
/// Words a code in the caller's language (the current UI culture, set per request from Accept-Language):
/// English is the text the code carries; otherwise zh-CN from the catalogue, its <c>{name}</c> placeholders
/// filled from the arguments. A code without zh-CN wording keeps its English text.
/// </summary>
public sealed partial class Wording(TextCatalogue catalogue)
{
    public const string ZhCn = "zh-CN";
    public const string English = "en";

    private const string ListSeparator = "、";

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English;

    public string Of(string code, string english, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        if (IsEnglish || catalogue.Find(code) is not { } template)
        {
            return english;
        }

        return Placeholder().Replace(template, match =>
            arguments is not null && arguments.TryGetValue(match.Groups[1].Value, out var value) ? Show(value) : match.Value);
    }

    /// <summary>The title of a problem with this HTTP status.</summary>
    public string Title(int status, string english) => Of($"status.{status}", english);

    private string Show(object? value) => value switch
    {
        null => "",
        string text => catalogue.Term(text),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset moment => moment.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(ListSeparator, items.Cast<object?>().Select(Show)),
        _ => catalogue.Term(value.ToString() ?? ""),
    };

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
