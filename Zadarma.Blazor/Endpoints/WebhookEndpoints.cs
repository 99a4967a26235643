using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Zadarma.Core.Calls;
using Zadarma.Core.Persistence;
using Zadarma.Core.Webhooks;

namespace Zadarma.Blazor.Endpoints;

/// <summary>
/// <c>/exec/Zadarma.notify</c>, where the PBX posts call notifications. Anonymous: a notification proves
/// itself by its signature. The reply goes out only once the notification is stored.
/// </summary>
public static class WebhookEndpoints
{
    public const string Path = "/exec/Zadarma.notify";
    public const string RateLimitPolicy = "zadarma-webhooks";
    private const string EchoField = "zd_echo";

    public static IServiceCollection AddZadarmaWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.Section))
            .Validate(o => o.IsValid(), $"{WebhookOptions.Section}: invalid network, proxy address or limit.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICallEvents, CallEvents>();
        services.TryAddSingleton<CallJournal>();
        services.TryAddSingleton<WebhookInbox>();
        services.TryAddSingleton(sp => new UnverifiedEventStore(sp.GetRequiredService<IDbContextFactory<ZadarmaDb>>(),
            sp.GetRequiredService<ILogger<UnverifiedEventStore>>(), sp.GetRequiredService<IOptions<WebhookOptions>>().Value.UnverifiedPerMinute));
        services.AddHostedService(sp => sp.GetRequiredService<WebhookInbox>());
        services.AddHostedService<InboxRetry>();
        services.TryAddSingleton(sp => new InboxRetention(sp.GetRequiredService<IDbContextFactory<ZadarmaDb>>(), sp.GetRequiredService<TimeProvider>(),
            TimeSpan.FromDays(sp.GetRequiredService<IOptions<WebhookOptions>>().Value.RetainDays), sp.GetRequiredService<ILogger<InboxRetention>>()));
        services.AddHostedService(sp => sp.GetRequiredService<InboxRetention>());

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptionsMonitor<WebhookOptions>>().CurrentValue;
                var sender = WebhookSender.AddressOf(http, options)?.ToString() ?? "";
                return RateLimitPartition.GetFixedWindowLimiter(sender, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RequestsPerSecond,
                    Window = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }

    /// <summary>Needs <c>app.UseRateLimiter()</c> in the pipeline for the endpoint's rate limit to apply.</summary>
    public static IEndpointRouteBuilder MapZadarmaWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], ReceiveAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimitPolicy)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext http,
        WebhookInbox inbox,
        UnverifiedEventStore unverified,
        IWebhookSecret secrets,
        ICallRouting routing,
        IOptionsMonitor<WebhookOptions> optionsMonitor,
        TimeProvider clock,
        ILoggerFactory loggers)
    {
        var ct = http.RequestAborted;
        var options = optionsMonitor.CurrentValue;
        var logger = loggers.CreateLogger(typeof(WebhookEndpoints).FullName!);

        // The handshake comes first: Zadarma checks the URL before anything else is configured.
        if (http.Request.Query[EchoField] is [{ } queryEcho, ..])
            return Results.Text(queryEcho, "text/plain");
        if (!HttpMethods.IsPost(http.Request.Method))
            return Results.Text("Expected zd_echo or a POSTed notification.", statusCode: StatusCodes.Status400BadRequest);

        var (fields, readError) = await ReadFormAsync(http, options, ct);
        if (fields is null)
            return readError!;
        if (fields.FirstOrDefault(f => f.Key == EchoField).Value is { } formEcho)
            return Results.Text(formEcho, "text/plain");

        var sender = WebhookSender.AddressOf(http, options);
        if (!WebhookSender.IsAllowed(sender, options))
        {
            logger.LogWarning("Webhook from {Sender} refused: not in the allowed networks", sender);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!WebhookEvent.TryRead(fields, clock.GetUtcNow().UtcDateTime, out var webhook, out var unreadable))
            return Results.Text(unreadable, statusCode: StatusCodes.Status400BadRequest);

        var secret = await secrets.GetSecretAsync(ct);
        if (secret is null)
        {
            logger.LogWarning("Webhook {Event} for {PbxCallId} refused: no Zadarma secret is configured", webhook.Name, webhook.PbxCallId);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        var signature = http.Request.Headers[WebhookSignature.Header].ToString();
        if (!WebhookSignature.IsValid(webhook, secret, signature))
        {
            if (UnverifiedEventStore.MayKeep(webhook, signature))
            {
                return await unverified.TryKeepAsync(webhook, signature, sender?.ToString(), ct)
                    ? Results.Ok()
                    : Results.StatusCode(StatusCodes.Status429TooManyRequests);
            }
            logger.LogWarning("Webhook {Event} for {PbxCallId} refused: bad or missing signature", webhook.Name, webhook.PbxCallId);
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }
        if (webhook.Validate() is { } invalid)
        {
            logger.LogWarning("Webhook {Event} for {PbxCallId} refused: {Reason}", webhook.Name, webhook.PbxCallId, invalid);
            return Results.Text(invalid, statusCode: StatusCodes.Status400BadRequest);
        }

        // Routing runs beside the store, so the PBX waits for whichever is slower, not for both.
        var decision = webhook.Type is WebhookEventType.NotifyStart or WebhookEventType.NotifyIvr
            ? DecideAsync(routing, webhook, options, logger, ct)
            : Task.FromResult<RoutingReply?>(null);
        var receipt = await inbox.StoreAsync(webhook, ct);
        var reply = await decision;
        if (receipt.IsDuplicate)
            logger.LogDebug("Webhook {Event} for {PbxCallId} was a repeat", webhook.Name, webhook.PbxCallId);

        return reply is null ? Results.Ok() : Results.Text(reply.ToJson(), "application/json");
    }

    private static async Task<RoutingReply?> DecideAsync(ICallRouting routing, WebhookEvent webhook, WebhookOptions options, ILogger logger, CancellationToken ct)
    {
        try
        {
            return await routing.DecideAsync(webhook, ct).AsTask().WaitAsync(TimeSpan.FromMilliseconds(options.RoutingTimeoutMs), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // A late or failed decision must not hold the call: the PBX scenario takes over.
            logger.LogWarning(ex, "Routing of {PbxCallId} gave no answer; the PBX scenario applies", webhook.PbxCallId);
            return null;
        }
    }

    /// <summary>
    /// Reads the urlencoded body into fields in the order they came. The form is parsed here rather than by
    /// <c>ReadFormAsync</c>, whose dictionary loses the order and repeated names.
    /// </summary>
    private static async Task<(List<KeyValuePair<string, string>>? Fields, IResult? Error)> ReadFormAsync(
        HttpContext http, WebhookOptions options, CancellationToken ct)
    {
        var request = http.Request;
        if (request.ContentLength > options.MaxBodyBytes)
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        if (request.ContentType is { } type && !type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            return (null, Results.Text("Expected an application/x-www-form-urlencoded body.", statusCode: StatusCodes.Status415UnsupportedMediaType));
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = options.MaxBodyBytes;

        try
        {
            using var body = new StreamReader(request.Body, Encoding.UTF8);
            var reader = new FormReader(await body.ReadToEndAsync(ct));
            var fields = new List<KeyValuePair<string, string>>();
            while (reader.ReadNextPair() is { } pair)
                fields.Add(pair);
            return (fields, null);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }
        catch (InvalidDataException ex)
        {
            return (null, Results.Text(ex.Message, statusCode: StatusCodes.Status400BadRequest));
        }
    }
}
