namespace Zadarma.Core.Sandbox;

/// <summary>Where the sandbox is served inside the app.</summary>
public static class SandboxPaths
{
    /// <summary>The API base; Zadarma's real paths follow it, e.g. <c>/sandbox/zadarma/v1/info/balance/</c>.</summary>
    public const string Prefix = "/sandbox/zadarma";

    public const string Recordings = Prefix + "/recordings";

    /// <summary>The stand-in for Zadarma's WebRTC widget loaders.</summary>
    public const string Webphone = Prefix + "/webphone";

    /// <summary>Where Zadarma posts webhooks by default, relative to the app.</summary>
    public const string WebhookReceiver = "exec/Zadarma.notify";

    public static Uri ApiBase(Uri appBase) => new(WithSlash(appBase), Prefix.TrimStart('/') + "/");

    /// <param name="token">Names one temporary link: see <see cref="SandboxRecordingLinks"/>.</param>
    public static Uri Recording(Uri appBase, string callIdWithRec, string token) =>
        new(WithSlash(appBase), $"{Recordings.TrimStart('/')}/{Uri.EscapeDataString(callIdWithRec)}.wav?token={Uri.EscapeDataString(token)}");

    public static Uri WithSlash(Uri appBase) =>
        appBase.AbsoluteUri.EndsWith('/') ? appBase : new Uri(appBase.AbsoluteUri + "/");
}
