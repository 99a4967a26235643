using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>One row of the PBX statistics (<c>version=2</c>); <c>callstart</c> is in the account's time zone.</summary>
public sealed record PbxCallRecord(
    [property: JsonPropertyName("call_id")] string CallId,
    [property: JsonPropertyName("sip")] string Sip,
    [property: JsonPropertyName("callstart")] string CallStart,
    [property: JsonPropertyName("clid")] string Clid,
    [property: JsonPropertyName("destination")] string Destination,
    [property: JsonPropertyName("disposition")] string Disposition,
    [property: JsonPropertyName("seconds")] int Seconds,
    [property: JsonPropertyName("is_recorded")] bool IsRecorded,
    [property: JsonPropertyName("pbx_call_id")] string PbxCallId);
