using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>How Zadarma's replies are read: flags arrive as the strings "true"/"false", numbers sometimes as strings.</summary>
internal static class ZadarmaJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        // A reply without a documented field is an invalid reply, not a record full of nulls.
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        Converters = { new ZadarmaFlagConverter(), new ZadarmaTextConverter() },
    };
}
