using System.Text.Json.Serialization;

namespace Zadarma.Core.Api;

/// <summary>
/// One row of the PBX statistics (<c>version=2</c>); <c>callstart</c> is in the account's time zone. Only the id,
/// start and disposition are required, so that one sparse row does not make the whole page unreadable.
/// </summary>
public sealed record PbxCallRecord(
    [property: JsonPropertyName("call_id")] string CallId,
    [property: JsonPropertyName("callstart")] string CallStart,
    [property: JsonPropertyName("disposition")] string Disposition,
    [property: JsonPropertyName("sip")] string? Sip = null,
    [property: JsonPropertyName("clid")] string? Clid = null,
    [property: JsonPropertyName("destination")] string? Destination = null,
    [property: JsonPropertyName("seconds")] int Seconds = 0,
    [property: JsonPropertyName("is_recorded")] bool IsRecorded = false,
    [property: JsonPropertyName("pbx_call_id")] string? PbxCallId = null);
