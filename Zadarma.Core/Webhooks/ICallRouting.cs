namespace Zadarma.Core.Webhooks;

/// <summary>
/// Decides where an incoming call goes. The PBX waits while this runs, so answers must come from memory
/// or an index; null lets the call follow the PBX scenario.
/// </summary>
public interface ICallRouting
{
    ValueTask<RoutingReply?> DecideAsync(WebhookEvent webhook, CancellationToken ct);
}
