namespace Zadarma.Core.Webhooks;

/// <summary>Changes nothing: every call follows the scenario configured in the PBX.</summary>
public sealed class PbxScenarioRouting : ICallRouting
{
    public ValueTask<RoutingReply?> DecideAsync(WebhookEvent webhook, CancellationToken ct) => ValueTask.FromResult<RoutingReply?>(null);
}
