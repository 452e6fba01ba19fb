namespace Huiyin.Knowledge.Domain;

/// <summary>A phrase staff must never say to a customer (禁说), in the order the list is kept.</summary>
internal sealed class ForbiddenPhrase
{
    public const int MaxLength = 40;

    public int Position { get; set; }

    public string Phrase { get; set; } = "";

    /// <summary>The phrases of <paramref name="list"/> that <paramref name="text"/> contains.</summary>
    public static IReadOnlyList<string> FoundIn(string? text, IEnumerable<string> list) =>
        string.IsNullOrEmpty(text) ? [] : [.. list.Where(phrase => text.Contains(phrase, StringComparison.OrdinalIgnoreCase))];
}
