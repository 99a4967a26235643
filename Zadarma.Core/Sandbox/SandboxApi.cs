using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Zadarma.Core.Api;

namespace Zadarma.Core.Sandbox;

/// <summary>
/// Answers Zadarma API calls for the sandbox PBX: checks the signature like the real API, enforces its quotas, and
/// replies in its JSON shape. Every method the app's client uses is here.
/// </summary>
public sealed partial class SandboxApi(
    SandboxPbx pbx,
    SandboxCalls calls,
    SandboxWebhookSender webhooks,
    SandboxAppAddress address,
    SandboxRecordingLinks recordingLinks,
    [FromKeyedServices(SandboxRegistration.ClockKey)] TimeProvider time)
{
    private const int MinLifetime = 180;
    private const int MaxLifetime = 5_184_000;
    private const int DefaultLifetime = 1800;

    private readonly ZadarmaRateLimits _limits = new(ZadarmaRateLimits.RequestsPerMinute, ZadarmaRateLimits.StatisticsPerMinute, time);

    public async Task<IResult> HandleAsync(SandboxRequest request, CancellationToken ct)
    {
        if (!IsMethodPath(request.Path))
            return NotFound();
        if (!SandboxSignatureCheck.IsValid(request, pbx.Key, pbx.Secret))
            return SandboxReply.Error(StatusCodes.Status401Unauthorized, "Not authorized");
        // Only a signed caller may tell the sandbox where the app is: the Host header is the caller's to choose.
        address.Remember(request.AppBase);
        var method = Route(request);
        if (method is null)
            return NotFound();
        if (!_limits.TryAcquire(request.Path.StartsWith("/v1/statistics/", StringComparison.Ordinal), out var wait))
            return SandboxReply.Error(StatusCodes.Status429TooManyRequests, "You exceeded the rate limit", wait);
        return await method(ct);
    }

    /// <summary>
    /// The file behind a recording link, served inline so a browser player can seek in it. The link itself is the
    /// permission, as with Zadarma's temporary links, and only for the lifetime it was asked with.
    /// </summary>
    public IResult Recording(string fileName, string? token)
    {
        var callIdWithRec = fileName.EndsWith(".wav", StringComparison.Ordinal) ? fileName[..^4] : null;
        if (callIdWithRec is null || !pbx.Calls.Any(c => c.CallIdWithRec == callIdWithRec))
            return Results.NotFound();
        return recordingLinks.IsLive(callIdWithRec, token)
            ? Results.File(SandboxRecordingAudio.Bytes, "audio/wav", enableRangeProcessing: true)
            : Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    private Func<CancellationToken, Task<IResult>>? Route(SandboxRequest request)
    {
        var get = request.Method == HttpMethods.Get;
        var post = request.Method == HttpMethods.Post;
        if (get && ExtensionPath().Match(request.Path) is { Success: true } extension)
        {
            var number = int.Parse(extension.Groups["number"].Value, CultureInfo.InvariantCulture);
            return extension.Groups["what"].Value == "info" ? Sync(() => ExtensionInfo(number)) : Sync(() => ExtensionStatus(number));
        }
        return request.Path switch
        {
            "/v1/info/balance/" when get => Sync(() => Success(new { status = "success", balance = pbx.Balance, currency = SandboxPbx.Currency })),
            "/v1/info/timezone/" when get => Sync(TimeZone),
            "/v1/pbx/internal/" when get => Sync(() => Success(new { status = "success", pbx_id = pbx.PbxId, numbers = pbx.Extensions.Select(e => e.Number) })),
            "/v1/request/callback/" when get => Sync(() => Callback(request)),
            "/v1/webrtc/get_key/" when get => Sync(() => WebRtcKey(request)),
            "/v1/pbx/record/request/" when get => Sync(() => RecordingLinks(request)),
            "/v1/statistics/pbx/" when get => Sync(() => Statistics(request)),
            "/v1/pbx/callinfo/" when get => Sync(WebhookSettings),
            "/v1/pbx/callinfo/url/" when post => ct => SetWebhookUrlAsync(request, ct),
            "/v1/pbx/callinfo/notifications/" when post => Sync(() => SetNotifications(request)),
            _ => null,
        };
    }

    private IResult TimeZone()
    {
        var now = pbx.LocalNow;
        return Success(new { status = "success", unixtime = SandboxPbx.UnixTime(now), datetime = SandboxPbx.FormatTime(now), timezone = SandboxPbx.TimeZoneName });
    }

    private IResult ExtensionInfo(int number) => pbx.FindExtension(number) is { } extension
        ? Success(new
        {
            status = "success",
            is_active = "true",
            number = extension.Number,
            name = extension.Name,
            caller_id = SandboxPbx.Did,
            caller_id_app_change = "true",
            caller_id_by_direction = "false",
            lines = 3,
            ip_restriction = (string?)null,
            record_store = "true",
            record_email = "",
        })
        : WrongParameter("internal number");

    private IResult ExtensionStatus(int number) => pbx.FindExtension(number) is { } extension
        ? Success(new { status = "success", sip = $"{pbx.PbxId}-{extension.Number}", is_online = Flag(extension.IsOnline) })
        : WrongParameter("internal number");

    private IResult Callback(SandboxRequest request)
    {
        if (request["from"] is not { Length: > 0 } from || request["to"] is not { Length: > 0 } to)
            return WrongParameter("from or to");
        var now = time.GetUtcNow();
        pbx.Record(new SandboxCallback(from, to, request["sip"], request["predicted"] is { Length: > 0 }, now));
        calls.StartCallback(from, to);
        // Zadarma answers with the numbers as JSON numbers, without the plus.
        return Success(new JsonObject { ["status"] = "success", ["from"] = Number(from), ["to"] = Number(to), ["time"] = now.ToUnixTimeSeconds() });
    }

    private IResult WebRtcKey(SandboxRequest request)
    {
        var login = request["sip"];
        var parts = login?.Split('-');
        var valid = parts is [var pbxId, var extension]
            && pbxId == pbx.PbxId.ToString(CultureInfo.InvariantCulture)
            && int.TryParse(extension, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && pbx.FindExtension(number) is not null;
        return valid ? Success(new { status = "success", key = pbx.WebRtcKeyFor(login!) }) : WrongParameter("sip");
    }

    private IResult RecordingLinks(SandboxRequest request)
    {
        var lifetime = DefaultLifetime;
        if (request["lifetime"] is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out lifetime) || lifetime is < MinLifetime or > MaxLifetime))
            return WrongParameter("lifetime");
        var till = SandboxPbx.FormatTime(pbx.LocalNow.AddSeconds(lifetime));
        Uri Link(string callIdWithRec) => recordingLinks.Issue(request.AppBase, callIdWithRec, TimeSpan.FromSeconds(lifetime));

        if (request["call_id"] is { Length: > 0 } callId)
        {
            return pbx.Calls.Any(c => c.CallIdWithRec == callId)
                ? Success(new { status = "success", link = Link(callId).AbsoluteUri, lifetime_till = till })
                : RecordNotFound();
        }
        if (request["pbx_call_id"] is { Length: > 0 } pbxCallId)
        {
            var links = pbx.Calls
                .Where(c => c.PbxCallId == pbxCallId && c.CallIdWithRec is not null)
                .Select(c => Link(c.CallIdWithRec!).AbsoluteUri)
                .ToList();
            return links.Count > 0 ? Success(new { status = "success", links, lifetime_till = till }) : RecordNotFound();
        }
        return WrongParameter("call_id or pbx_call_id");
    }

    private IResult Statistics(SandboxRequest request)
    {
        if (!SandboxPbx.TryParseTime(request["start"], out var start) || !SandboxPbx.TryParseTime(request["end"], out var end) || end < start)
            return WrongParameter("start or end");
        if (end > start.AddMonths(1))
            return SandboxReply.Error(StatusCodes.Status400BadRequest, "The period must not exceed one month");
        var skip = Count(request["skip"], 0);
        var limit = Math.Min(Count(request["limit"], 1000), 1000);
        var stats = pbx.Calls
            .Where(c => c.Start >= start && c.Start <= end)
            .OrderBy(c => c.Start)
            .Skip(skip)
            .Take(limit)
            .Select(c => new
            {
                call_id = c.CallId,
                sip = c.Extension.ToString(CultureInfo.InvariantCulture),
                callstart = SandboxPbx.FormatTime(c.Start),
                clid = c.Clid,
                destination = c.Destination,
                disposition = c.Disposition,
                seconds = c.Seconds,
                is_recorded = Flag(c.CallIdWithRec is not null),
                pbx_call_id = c.PbxCallId,
            });
        return Success(new { status = "success", start = SandboxPbx.FormatTime(start), end = SandboxPbx.FormatTime(end), stats });
    }

    private IResult WebhookSettings()
    {
        var n = pbx.Notifications;
        return Success(new
        {
            status = "success",
            url = pbx.WebhookUrl?.AbsoluteUri,
            notify_start = Flag(n.Start),
            notify_internal = Flag(n.Internal),
            notify_answer = Flag(n.Answer),
            notify_end = Flag(n.End),
            notify_out_start = Flag(n.OutStart),
            notify_out_end = Flag(n.OutEnd),
        });
    }

    private async Task<IResult> SetWebhookUrlAsync(SandboxRequest request, CancellationToken ct)
    {
        if (!Uri.TryCreate(request["url"], UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            return WrongParameter("url");
        // Like Zadarma: a URL that does not answer the zd_echo handshake is not accepted.
        if (!await webhooks.EchoesAsync(url, ct))
            return SandboxReply.Error(StatusCodes.Status400BadRequest, "The URL did not answer the zd_echo check");
        pbx.SetWebhookUrl(url);
        return Success(new { status = "success", url = url.AbsoluteUri });
    }

    private IResult SetNotifications(SandboxRequest request)
    {
        var current = pbx.Notifications;
        bool? Read(string name) => request[name] switch { "true" => true, "false" => false, null => null, _ => throw new FormatException(name) };
        WebhookNotifications changed;
        try
        {
            changed = new WebhookNotifications(
                Read("notify_start") ?? current.Start,
                Read("notify_internal") ?? current.Internal,
                Read("notify_answer") ?? current.Answer,
                Read("notify_end") ?? current.End,
                Read("notify_out_start") ?? current.OutStart,
                Read("notify_out_end") ?? current.OutEnd);
        }
        catch (FormatException e)
        {
            return WrongParameter(e.Message);
        }
        pbx.SetNotifications(changed);
        return WebhookSettings();
    }

    private static bool IsMethodPath(string path) =>
        path.StartsWith("/v1/", StringComparison.Ordinal) && path.EndsWith('/');

    private static Func<CancellationToken, Task<IResult>> Sync(Func<IResult> method) => _ => Task.FromResult(method());

    private static SandboxReply Success(object body) => new(StatusCodes.Status200OK, body);

    private static SandboxReply NotFound() => SandboxReply.Error(StatusCodes.Status404NotFound, "Method not found");

    private static SandboxReply RecordNotFound() => SandboxReply.Error(StatusCodes.Status404NotFound, "Record not found");

    private static SandboxReply WrongParameter(string name) => SandboxReply.Error(StatusCodes.Status400BadRequest, $"Wrong parameter: {name}");

    private static string Flag(bool value) => value ? "true" : "false";

    private static JsonNode Number(string text) =>
        long.TryParse(text.TrimStart('+'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(text);

    private static int Count(string? text, int fallback) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    [GeneratedRegex(@"^/v1/pbx/internal/(?<number>\d{1,9})/(?<what>info|status)/$")]
    private static partial Regex ExtensionPath();
}
