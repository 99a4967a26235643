using Zadarma.Core.Api;

namespace Zadarma.Core.WebRtc;

/// <summary>Whether a signed-in user gets the phone in the browser: the widget's setup, or why not.</summary>
public sealed class WebRtcOffer
{
    private WebRtcOffer(WebRtcWidgetSetup? widget, WebRtcUnavailable? unavailable, ZadarmaException? error)
    {
        Widget = widget;
        Unavailable = unavailable;
        Error = error;
    }

    /// <summary>What the browser needs to start the widget; null when not offered.</summary>
    public WebRtcWidgetSetup? Widget { get; }

    public WebRtcUnavailable? Unavailable { get; }

    /// <summary>Zadarma's refusal, when <see cref="Unavailable"/> is <see cref="WebRtcUnavailable.KeyNotIssued"/>.</summary>
    public ZadarmaException? Error { get; }

    public bool IsOffered => Widget is not null;

    public static WebRtcOffer Offered(WebRtcWidgetSetup widget) => new(widget, null, null);

    public static WebRtcOffer NotOffered(WebRtcUnavailable reason, ZadarmaException? error = null) => new(null, reason, error);

    public override string ToString() => Widget is { } widget ? $"Offered to {widget.SipLogin}" : $"Not offered: {Unavailable}";
}
