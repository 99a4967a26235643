using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>Reads Zadarma's flags: the strings "true"/"false" (and "1"/"0" in some replies) as well as JSON booleans.</summary>
internal sealed class ZadarmaFlagConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Number => reader.GetInt64() != 0,
            JsonTokenType.String => reader.GetString() switch
            {
                "true" or "1" => true,
                "false" or "0" or "" => false,
                var other => throw new JsonException($"'{other}' is not a Zadarma flag."),
            },
            _ => throw new JsonException($"A Zadarma flag cannot be {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value ? "true" : "false");
}
