using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>Reads text fields that Zadarma sends as a string in one reply and as a number in another (<c>from</c>, <c>sip</c>, <c>clid</c>).</summary>
internal sealed class ZadarmaTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.Null => null,
            _ => throw new JsonException($"Expected text, got {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override bool HandleNull => false;
}
