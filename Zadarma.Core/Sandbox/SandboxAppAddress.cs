using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Zadarma.Core.Sandbox;

/// <summary>
/// Where the app answers, so that the sandbox can post webhooks to the app's own receiver: the configured
/// <c>Sandbox:AppUrl</c>, else the address the last API request came to, else the server's listening address.
/// </summary>
public sealed class SandboxAppAddress(IOptions<SandboxOptions> options, IServer? server = null)
{
    private volatile Uri? _lastSeen;

    public void Remember(Uri appBase) => _lastSeen = appBase;

    public Uri? Find() => options.Value.AppUrl ?? _lastSeen ?? Listening();

    private Uri? Listening()
    {
        var addresses = server?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        // Plain HTTP first: a development certificate would make the app refuse its own webhooks.
        var address = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)).FirstOrDefault();
        if (address is null)
            return null;
        // Wildcard bindings ("http://+:80", "http://[::]:80") are not addresses one can post to.
        var usable = address.Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1")
            .Replace("://[::]", "://127.0.0.1").Replace("://0.0.0.0", "://127.0.0.1");
        return Uri.TryCreate(usable, UriKind.Absolute, out var uri) ? uri : null;
    }
}
