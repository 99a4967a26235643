using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zadarma.Core.Api;

namespace Zadarma.Core.Sandbox;

/// <summary>
/// The emulated Zadarma account: a PBX with a few extensions, a balance, a time zone, the webhook settings, and the
/// calls and click-to-call requests it has seen. Key, secret, PBX id and webhook settings survive restarts.
/// </summary>
public sealed class SandboxPbx
{
    public const string Currency = "USD";
    public const string TimeZoneName = "UTC+3";

    /// <summary>The number callers dial, as webhooks write it: digits, no plus.</summary>
    public const string Did = "74951234567";

    private const string CallStartFormat = "yyyy-MM-dd HH:mm:ss";
    private static readonly TimeSpan UtcOffset = TimeSpan.FromHours(3);

    private readonly Lock _gate = new();
    private readonly string _file;
    private readonly TimeProvider _time;
    private readonly List<SandboxCall> _calls = [];
    private readonly List<SandboxCallback> _callbacks = [];
    private readonly ConcurrentDictionary<string, string> _webRtcKeys = new(StringComparer.Ordinal);
    private SandboxSettings _settings;

    public SandboxPbx(IOptions<SandboxOptions> options, [FromKeyedServices(SandboxRegistration.ClockKey)] TimeProvider time)
    {
        _time = time;
        _file = Path.Combine(options.Value.DataPath, SandboxSettings.FileName);
        var saved = SandboxSettings.Load(_file);
        _settings = saved ?? SandboxSettings.Generate();
        if (saved is null)
            _settings.Save(_file);
        Key = string.IsNullOrWhiteSpace(options.Value.Key) ? _settings.Key : options.Value.Key;
        Secret = string.IsNullOrWhiteSpace(options.Value.Secret) ? _settings.Secret : options.Value.Secret;
    }

    public long PbxId => _settings.PbxId;

    public string Key { get; }

    public string Secret { get; }

    public decimal Balance => 25.50m;

    public IReadOnlyList<SandboxExtension> Extensions { get; } =
    [
        new(100, "Reception", IsOnline: true),
        new(101, "Sales", IsOnline: true),
        new(102, "Support", IsOnline: false),
    ];

    /// <summary>Where webhooks go; null means the app's own <c>/exec/Zadarma.notify</c>.</summary>
    public Uri? WebhookUrl => _settings.WebhookUrl;

    public WebhookNotifications Notifications => _settings.Notifications;

    /// <summary>The PBX clock: what <c>call_start</c> and statistics show, without an offset.</summary>
    public DateTime LocalNow => DateTime.SpecifyKind(_time.GetUtcNow().UtcDateTime + UtcOffset, DateTimeKind.Unspecified);

    public static string FormatTime(DateTime local) => local.ToString(CallStartFormat, CultureInfo.InvariantCulture);

    public static bool TryParseTime(string? text, out DateTime local) =>
        DateTime.TryParseExact(text, CallStartFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out local);

    public static long UnixTime(DateTime local) => new DateTimeOffset(local, UtcOffset).ToUnixTimeSeconds();

    public IReadOnlyList<SandboxCall> Calls
    {
        get { lock (_gate) return [.. _calls]; }
    }

    /// <summary>Every click-to-call request received, oldest first: tests and the UI read what was asked.</summary>
    public IReadOnlyList<SandboxCallback> Callbacks
    {
        get { lock (_gate) return [.. _callbacks]; }
    }

    public SandboxExtension? FindExtension(int number) => Extensions.FirstOrDefault(e => e.Number == number);

    /// <summary>The credentials that reach this sandbox when the app is served at <paramref name="appBase"/>.</summary>
    public ZadarmaCredentials CredentialsAt(Uri appBase) => new(SandboxPaths.ApiBase(appBase), Key, Secret);

    /// <summary>One key per SIP login, kept for the run, as a real key stays the same while it is valid.</summary>
    public string WebRtcKeyFor(string sipLogin) =>
        _webRtcKeys.GetOrAdd(sipLogin, _ => Convert.ToBase64String(RandomNumberGenerator.GetBytes(36)).Replace('+', '-').Replace('/', '_'));

    /// <summary>True when <paramref name="key"/> is the key issued for <paramref name="sipLogin"/> in this run.</summary>
    public bool IsWebRtcKey(string sipLogin, string key) =>
        _webRtcKeys.TryGetValue(sipLogin, out var issued)
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(issued), System.Text.Encoding.UTF8.GetBytes(key));

    public void SetWebhookUrl(Uri url) => Update(s => s with { WebhookUrl = url });

    public void SetNotifications(WebhookNotifications notifications) => Update(s => s with { Notifications = notifications });

    internal void Record(SandboxCall call)
    {
        lock (_gate) _calls.Add(call);
    }

    internal void Record(SandboxCallback callback)
    {
        lock (_gate) _callbacks.Add(callback);
    }

    private void Update(Func<SandboxSettings, SandboxSettings> change)
    {
        lock (_gate)
        {
            _settings = change(_settings);
            _settings.Save(_file);
        }
    }
}
