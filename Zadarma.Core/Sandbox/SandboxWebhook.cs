namespace Zadarma.Core.Sandbox;

/// <summary>One PBX call notification as Zadarma posts it: form fields, and the string its <c>Signature</c> covers.</summary>
public sealed record SandboxWebhook(string Event, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public string Field(string name) => Fields.FirstOrDefault(f => f.Key == name).Value ?? "";

    /// <summary>The fields concatenated without separators, chosen per event (API.md section 3).</summary>
    public string SignedData => Event switch
    {
        "NOTIFY_ANSWER" => Field("caller_id") + Field("destination") + Field("call_start"),
        "NOTIFY_OUT_START" or "NOTIFY_OUT_END" => Field("internal") + Field("destination") + Field("call_start"),
        "NOTIFY_RECORD" => Field("pbx_call_id") + Field("call_id_with_rec"),
        _ => Field("caller_id") + Field("called_did") + Field("call_start"),
    };

    /// <summary>Builds the form in Zadarma's order, <c>event</c> first.</summary>
    public static SandboxWebhook Of(string @event, params (string Name, string Value)[] fields) =>
        new(@event, [new("event", @event), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
}
