using System.Buffers;

namespace Huiyin.BuildingBlocks.Http.StorableText;

/// <summary>Text PostgreSQL can store: no NUL character, and no UTF-16 surrogate without its pair.</summary>
internal static class StorableText
{
    public const string Message = "Text may not contain the NUL character (\\u0000) or an unpaired UTF-16 surrogate.";

    private static readonly SearchValues<char> Suspects = SearchValues.Create(
        ['\0', .. Enumerable.Range(0xD800, 0x800).Select(c => (char)c)]);

    public static bool IsStorable(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny(Suspects); at >= 0; at = NextSuspect(text, at))
        {
            if (!char.IsHighSurrogate(text[at]) || at + 1 == text.Length || !char.IsLowSurrogate(text[at + 1]))
            {
                return false;
            }

            at++;
        }

        return true;
    }

    private static int NextSuspect(ReadOnlySpan<char> text, int after)
    {
        var next = text[(after + 1)..].IndexOfAny(Suspects);
        return next < 0 ? -1 : after + 1 + next;
    }
}
