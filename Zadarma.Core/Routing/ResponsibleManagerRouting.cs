using Microsoft.Extensions.Logging;
using Zadarma.Core.Directory;
using Zadarma.Core.Settings;
using Zadarma.Core.Webhooks;

namespace Zadarma.Core.Routing;

/// <summary>
/// Puts a known client straight through to their responsible manager's extension. With the built-in directory
/// everything it needs is in memory (<see cref="Callers"/>, <see cref="RoutingDirectory"/>, cached settings): the PBX
/// is waiting for the answer. A host CRM is asked for the caller instead, within the endpoint's routing timeout.
/// </summary>
public sealed class ResponsibleManagerRouting(RoutingDirectory directory, Callers callers, SettingsStore settings,
    ILogger<ResponsibleManagerRouting> logger) : ICallRouting
{
    public async ValueTask<RoutingReply?> DecideAsync(WebhookEvent webhook, CancellationToken ct)
    {
        if (webhook.Type is not (WebhookEventType.NotifyStart or WebhookEventType.NotifyIvr))
            return null;
        var current = await settings.GetAsync(ct);
        if (!current.RoutingEnabled)
            return null;

        var caller = webhook[WebhookField.CallerId];
        var country = Country.OfSetting(current.DefaultCountry);
        if (!PhoneNumber.TryParseReported(caller, country, out var number, out _))
            return null;

        var clients = await callers.FindAsync(number.Value, ct);
        var managers = clients.Select(c => c.ManagerId).Distinct().ToList();
        // Several clients with different managers: the PBX scenario decides rather than a guess.
        if (managers is not [int manager])
            return null;
        if (directory.ExtensionOf(manager) is not { } extension)
            return null;

        logger.LogInformation("Call {PbxCallId} routed to extension {Extension} of manager {EmployeeId}", webhook.PbxCallId, extension, manager);
        return new RoutingReply
        {
            Redirect = extension,
            ReturnTimeout = current.RoutingReturnTimeout,
            CallerName = current.SendCallerName && clients.Count == 1 ? clients[0].Name : null,
        };
    }
}
