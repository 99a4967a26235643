using System.Net;
using System.Text;

namespace Zadarma.Tests.Unit.Api;

/// <summary>Answers each request with the next scripted reply and keeps what was sent.</summary>
public sealed class ScriptedHandler(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] replies) : HttpMessageHandler
{
    public List<(HttpRequestMessage Request, string? Body)> Sent { get; } = [];

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Json(HttpStatusCode status, string json, TimeSpan? retryAfter = null) => (_, _) =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (retryAfter is { } wait)
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
        return Task.FromResult(response);
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Sent.Add((request, body));
        var reply = replies[Math.Min(Sent.Count, replies.Length) - 1];
        return await reply(request, cancellationToken);
    }
}
