using Zadarma.Core.Api;

namespace Zadarma.Core.Webhooks;

/// <summary>
/// Checks the <c>Signature</c> header against the raw received values. A missing header never passes: the
/// official TypeScript SDK skips the check in that case, and that is the hole this closes.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "Signature";

    /// <summary>The field sequences Zadarma signs, concatenated without separators.</summary>
    private static readonly string[][] Shapes =
    [
        [WebhookField.CallerId, WebhookField.CalledDid, WebhookField.CallStart],
        [WebhookField.CallerId, WebhookField.Destination, WebhookField.CallStart],
        [WebhookField.Internal, WebhookField.Destination, WebhookField.CallStart],
        [WebhookField.PbxCallId, WebhookField.CallIdWithRec],
    ];

    public static bool IsValid(WebhookEvent webhook, string secret, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(secret))
            return false;
        if (ShapeOf(webhook.Type) is { } shape)
            return ZadarmaHmac.Matches(secret, SignedString(webhook, shape), signature);

        // An event this version does not know is accepted if it is signed like one of the known ones.
        var valid = false;
        foreach (var candidate in Shapes)
        {
            if (candidate.All(f => webhook[f] is not null))
                valid |= ZadarmaHmac.Matches(secret, SignedString(webhook, candidate), signature);
        }
        return valid;
    }

    /// <summary>What a sender (the sandbox PBX, tests, the load generator) signs for this event.</summary>
    public static string Sign(WebhookEvent webhook, string secret) =>
        ZadarmaHmac.Sign(secret, SignedString(webhook, ShapeOf(webhook.Type) ?? Shapes.First(s => s.All(f => webhook[f] is not null))));

    private static string[]? ShapeOf(WebhookEventType type) => type switch
    {
        WebhookEventType.NotifyStart or WebhookEventType.NotifyInternal or WebhookEventType.NotifyEnd or WebhookEventType.NotifyIvr => Shapes[0],
        WebhookEventType.NotifyAnswer => Shapes[1],
        WebhookEventType.NotifyOutStart or WebhookEventType.NotifyOutEnd => Shapes[2],
        WebhookEventType.NotifyRecord => Shapes[3],
        _ => null,
    };

    private static string SignedString(WebhookEvent webhook, string[] shape) =>
        string.Concat(shape.Select(f => webhook[f] ?? ""));
}
