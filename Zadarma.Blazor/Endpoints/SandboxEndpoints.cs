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
        sandbox.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Post],
            async (HttpContext http, SandboxApi api) => await api.HandleAsync(await ReadAsync(http), http.RequestAborted));
        return app;
    }

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
