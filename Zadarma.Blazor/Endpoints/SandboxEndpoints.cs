using Microsoft.Extensions.Options;
using Zadarma.Core.Sandbox;

namespace Zadarma.Blazor.Endpoints;

/// <summary>Serves the sandbox PBX under <c>/sandbox/zadarma</c>; the work is in <see cref="SandboxApi"/>.</summary>
public static class SandboxEndpoints
{
    /// <summary>Maps nothing when <c>Sandbox:Enabled</c> is false, so the endpoints do not exist at all.</summary>
    public static IEndpointRouteBuilder MapSandboxPbx(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<SandboxOptions>>().Value.Enabled)
            return app;

        // Anonymous: callers authenticate by signature, and recording links are temporary links like Zadarma's.
        var sandbox = app.MapGroup(SandboxPaths.Prefix).AllowAnonymous().DisableAntiforgery();
        sandbox.MapGet("/recordings/{file}", (string file, string? token, SandboxApi api) => api.Recording(file, token));
        sandbox.MapGet("/webphone/{file}", (string file) => SandboxWebphone.Find(file) is { } script
            ? Results.Text(script, "application/javascript", System.Text.Encoding.UTF8)
            : Results.NotFound());
        MapWebphoneLine(sandbox.MapGroup("/webphone/line"));
        sandbox.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Post],
            async (HttpContext http, SandboxApi api) => await api.HandleAsync(await ReadAsync(http), http.RequestAborted));
        return app;
    }

    /// <summary>
    /// The stand-in widget's line to the sandbox: a stream of the phone's states, and what the agent does on it. The
    /// widget signs every request with its SIP login and key, as Zadarma's widget registers with them.
    /// </summary>
    private static void MapWebphoneLine(RouteGroupBuilder line)
    {
        line.MapGet("", (HttpContext http, SandboxPhones phones, IHostApplicationLifetime lifetime) =>
        {
            if (SignIn(http, phones) is not { } phone)
                return Results.Unauthorized();
            // The stream ends with the page, or when the app stops: a shutdown must not wait for open widgets.
            var listening = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
            http.Response.RegisterForDispose(listening);
            return TypedResults.ServerSentEvents(phone.ListenAsync(listening.Token));
        });
        line.MapPost("/dial", (HttpContext http, WebphoneCommand command, SandboxPhones phones, SandboxCalls calls) =>
        {
            if (SignIn(http, phones) is not { } phone)
                return Results.Unauthorized();
            if (command.Number is not { } number || number.Count(char.IsAsciiDigit) < 3)
                return Results.BadRequest();
            try
            {
                return calls.DialFromPhone(phone, number) is { } id ? Results.Ok(new { call = id }) : Results.Conflict();
            }
            catch (InvalidOperationException)
            {
                // Nowhere to send the call's notifications yet: the app's address is unknown to the sandbox.
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
        });
        line.MapPost("/{action:regex(^(answer|decline|hangup)$)}", (HttpContext http, string action, WebphoneCommand command, SandboxPhones phones) =>
        {
            if (SignIn(http, phones) is not { } phone)
                return Results.Unauthorized();
            var call = command.Call ?? "";
            var done = action switch
            {
                "answer" => phone.Answer(call),
                "decline" => phone.Decline(call),
                _ => phone.HangUp(call),
            };
            return done ? Results.NoContent() : Results.Conflict();
        });
    }

    private static SandboxPhoneLine? SignIn(HttpContext http, SandboxPhones phones) =>
        phones.SignIn(http.Request.Headers["X-Webphone-Login"], http.Request.Headers["X-Webphone-Key"]);

    /// <summary>What the widget sends: the call it acts on, or the number it dials.</summary>
    private sealed record WebphoneCommand(string? Call, string? Number);

    private static async Task<SandboxRequest> ReadAsync(HttpContext http)
    {
        var request = http.Request;
        request.Path.StartsWithSegments(SandboxPaths.Prefix, out var method);
        IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> received =
            HttpMethods.IsPost(request.Method) && request.HasFormContentType
                ? await request.ReadFormAsync(http.RequestAborted)
                : request.Query;
        var parameters = received
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .ToList();
        var appBase = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
        return new SandboxRequest(request.Method, method.Value ?? "/", parameters, request.Headers.Authorization, appBase);
    }
}
