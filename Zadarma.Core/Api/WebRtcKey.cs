using System.Text;
using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>Reply of <c>/v1/webrtc/get_key/</c>: the widget's key, valid 72 hours.</summary>
public sealed record WebRtcKey([property: JsonPropertyName("key")] string Key)
{
    /// <summary>How long Zadarma accepts a key.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);

    // Records print every member; the key lets anyone place calls, so it must never reach a log.
    private bool PrintMembers(StringBuilder builder) => false;
}
