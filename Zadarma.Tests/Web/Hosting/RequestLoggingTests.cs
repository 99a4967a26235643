using System.Net;
using Zadarma.Tests.Infrastructure;
using static Zadarma.Tests.Unit.Webhooks.Notifications;

namespace Zadarma.Tests.Web.Hosting;

/// <summary>
/// Every request gets one line from Serilog's request logging: pages at Information, accepted notifications at Debug
/// (the PBX sends thousands), refused ones at Warning; never the query string.
/// </summary>
public sealed class RequestLoggingTests
{
    [Fact]
    public async Task Each_request_is_one_line_at_the_level_its_path_and_outcome_call_for()
    {
        await using var app = new AppFactory()
            .With("Serilog:MinimumLevel:Default", "Debug")
            .With("Serilog:MinimumLevel:Override:Zadarma", "Debug")
            .With("Serilog:MinimumLevel:Override:Serilog", "Debug")
            .With("Sandbox:Secret", Secret);
        using var client = app.CreatePlainClient();

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/calls?token=query-secret")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Post(Start("in_logged", "79991234567")))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Post(Start("in_refused", "79991234567"), "bad"))).StatusCode);

        // The line is written once the response has gone, so it may land just after the client has read it.
        var log = "";
        await Eventually.HoldsAsync(async () => (log = await LogFiles.ReadAsync(app.DataPath)).Contains("responded 401"), "the last request logged");
        Assert.Contains("[INF] HTTP GET /calls responded 302", log);
        Assert.Contains("[DBG] HTTP POST /exec/Zadarma.notify responded 200", log);
        Assert.Contains("[WRN] HTTP POST /exec/Zadarma.notify responded 401", log);
        Assert.DoesNotContain("query-secret", log);
    }
}
