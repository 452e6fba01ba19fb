using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Huiyin.Host.Composition;

/// <summary>
/// Writes an enum as its name (or the name a member's <see cref="JsonStringEnumMemberNameAttribute"/> gives it) and
/// reads it from exactly one of those names, in any case: unlike the framework's string converter it refuses numbers
/// and comma-joined names ("Repair, Enquiry"), which would otherwise pass as a member.
/// </summary>
internal sealed class EnumNameConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(NameConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class NameConverter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<T, string> NameOf = Enum.GetValues<T>().ToDictionary(value => value, JsonName);

        private static readonly string[] Names = [.. NameOf.Values];

        public override bool HandleNull => true;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Parse(reader.TokenType == JsonTokenType.String ? reader.GetString() : null);

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(NameOf[value]);

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(NameOf[value]);

        private static T Parse(string? text) =>
            NameOf.FirstOrDefault(pair => string.Equals(pair.Value, text, StringComparison.OrdinalIgnoreCase)) is { Value: not null } member
                ? member.Key
                : throw new UnknownEnumNameException(Names);

        private static string JsonName(T value)
        {
            var name = value.ToString();
            return typeof(T).GetField(name)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? name;
        }
    }
}

/// <summary>A JSON value that is none of its enum's names; the problem lists the names.</summary>
internal sealed class UnknownEnumNameException(IReadOnlyList<string> names) : JsonException($"Use one of: {string.Join(", ", names)}.")
{
    public IReadOnlyList<string> Names { get; } = names;
}
