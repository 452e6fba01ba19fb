using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Huiyin.BuildingBlocks.Http.StorableText;

/// <summary>
/// Finds the first string of a JSON body PostgreSQL could not store and names its field (<c>name</c>, <c>phones[0]</c>,
/// <c>match.category</c>). Only a body with an escape that could hide such a character (<c>\u0000</c>, <c>\uD800</c>–<c>\uDFFF</c>),
/// or one that is not valid UTF-8, is read token by token; JSON that does not parse is left to the endpoint to refuse.
/// </summary>
internal static class JsonTextScan
{
    public static string? FirstUnstorableField(ReadOnlySpan<byte> json)
    {
        if (!MayHideUnstorableText(json) && Utf8.IsValid(json))
        {
            return null;
        }

        try
        {
            return Walk(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool MayHideUnstorableText(ReadOnlySpan<byte> json)
    {
        for (var at = json.IndexOf("\\u"u8); at >= 0 && at + 5 < json.Length; at = NextEscape(json, at))
        {
            var escape = json.Slice(at + 2, 4);
            if (escape.SequenceEqual("0000"u8) || (escape[0] is (byte)'d' or (byte)'D' && "89abcdefABCDEF"u8.Contains(escape[1])))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextEscape(ReadOnlySpan<byte> json, int after)
    {
        var next = json[(after + 2)..].IndexOf("\\u"u8);
        return next < 0 ? -1 : after + 2 + next;
    }

    private static string? Walk(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var path = new List<Position>();
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                path.RemoveAt(path.Count - 1);
                continue;
            }

            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                // An unstorable property name is named by the object that holds it.
                path[^1].Property = IsStorable(ref reader) ? reader.GetString() : null;
                if (path[^1].Property is null)
                {
                    return FieldOf(path);
                }

                continue;
            }

            if (path.Count > 0 && path[^1].InArray)
            {
                path[^1].Index++;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                path.Add(new Position(InArray: reader.TokenType == JsonTokenType.StartArray));
            }
            else if (reader.TokenType == JsonTokenType.String && !IsStorable(ref reader))
            {
                return FieldOf(path);
            }
        }

        return null;
    }

    /// <summary>False also when the string cannot even be decoded (invalid UTF-8, an unpaired surrogate escape).</summary>
    private static bool IsStorable(ref Utf8JsonReader reader)
    {
        try
        {
            return StorableText.IsStorable(reader.GetString());
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string FieldOf(List<Position> path)
    {
        var field = new StringBuilder();
        foreach (var position in path)
        {
            if (position.InArray)
            {
                field.Append('[').Append(position.Index).Append(']');
            }
            else if (position.Property is not null)
            {
                field.Append(field.Length == 0 ? "" : ".").Append(position.Property);
            }
        }

        return field.Length == 0 ? "body" : field.ToString();
    }

    /// <summary>Where the reader is in one object (its current property) or array (its current index).</summary>
    private sealed record Position(bool InArray)
    {
        public string? Property { get; set; }

        public int Index { get; set; } = -1;
    }
}
