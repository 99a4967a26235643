using System.Net.Http.Json;
using System.Text.Json;
using Zadarma.Core.Sandbox;

namespace Zadarma.Tests.Web.Sandbox;

/// <summary>What the stand-in widget does over HTTP: listens to its phone's states and sends the agent's actions.</summary>
public sealed class WidgetLine : IDisposable
{
    private readonly HttpClient _http;
    private readonly HttpResponseMessage _stream;
    private readonly StreamReader _reader;

    private WidgetLine(HttpClient http, HttpResponseMessage stream, StreamReader reader) => (_http, _stream, _reader) = (http, stream, reader);

    /// <summary>Signs in to the sandbox as the widget of <paramref name="extension"/> does, with the key issued for it.</summary>
    public static async Task<WidgetLine> OpenAsync(SandboxHost host, int extension)
    {
        var login = $"{host.Pbx.PbxId}-{extension}";
        var http = Client(host, login, host.Pbx.WebRtcKeyFor(login));
        var stream = await http.GetAsync("sandbox/zadarma/webphone/line", HttpCompletionOption.ResponseHeadersRead);
        stream.EnsureSuccessStatusCode();
        return new WidgetLine(http, stream, new StreamReader(await stream.Content.ReadAsStreamAsync()));
    }

    public static HttpClient Client(SandboxHost host, string login, string key) => new()
    {
        BaseAddress = host.Address,
        DefaultRequestHeaders = { { "X-Webphone-Login", login }, { "X-Webphone-Key", key } },
    };

    public string? ContentType => _stream.Content.Headers.ContentType?.MediaType;

    /// <summary>The states the phone is told, up to the first with <paramref name="status"/>; fails after a few seconds.</summary>
    public async Task<JsonElement> NextAsync(SandboxPhoneStatus status)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException("The line closed.");
            if (!line.StartsWith("data:", StringComparison.Ordinal))
                continue;
            var state = JsonDocument.Parse(line[5..]).RootElement;
            if (state.GetProperty("status").GetString() == status.ToString())
                return state;
        }
    }

    public Task<HttpResponseMessage> SendAsync(string action, object body) =>
        _http.PostAsJsonAsync($"sandbox/zadarma/webphone/line/{action}", body);

    /// <summary>Closes the widget, as a page that goes away does.</summary>
    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
        _http.Dispose();
    }
}
