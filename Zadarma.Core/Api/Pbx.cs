using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>Reply of <c>/v1/pbx/internal/</c>: the PBX and its extension numbers.</summary>
public sealed record Pbx(
    [property: JsonPropertyName("pbx_id")] long PbxId,
    [property: JsonPropertyName("numbers")] IReadOnlyList<int> Numbers)
{
    /// <summary>The SIP login of an extension, which the WebRTC widget and <c>sip</c> parameters expect.</summary>
    public string SipLogin(int extension) => $"{PbxId}-{extension}";
}
