using System.Net;
using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Accounts;
using Zadarma.Core.Calls;
using Zadarma.Core.Persistence;
using Zadarma.Core.Webhooks;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Calls;

/// <summary>The Calls page as the server first sends it: rows already there, and the page's state for the circuit.</summary>
public sealed class PrerenderedCallsTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async Task InitializeAsync() => await _app.CreateUserAsync("admin", Role.Admin);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_first_html_of_the_calls_page_holds_the_newest_calls_and_hands_them_to_the_circuit()
    {
        var older = await AddCallAsync("in_prerender_1", "+79991234567", DateTime.UtcNow.AddHours(-2));
        var newer = await AddCallAsync("in_prerender_2", "+48601234567", DateTime.UtcNow.AddHours(-1));
        var client = await _app.SignInAsync("admin");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/calls"));

        var newerAt = page.IndexOf($"href=\"calls/{newer.Id}\"", StringComparison.Ordinal);
        var olderAt = page.IndexOf($"href=\"calls/{older.Id}\"", StringComparison.Ordinal);
        Assert.True(newerAt > 0 && olderAt > newerAt, "the prerendered page lists both calls, newest first");
        Assert.DoesNotContain("No calls match.", page);
        // The page's state travels with it, protected: the circuit reads the rows from here, not from the journal.
        Assert.Contains("<!--Blazor-Server-Component-State:", page);
    }

    private async Task<Call> AddCallAsync(string pbxCallId, string number, DateTime startUtc)
    {
        var call = new Call
        {
            PbxCallId = pbxCallId,
            Direction = CallDirection.Incoming,
            EventsSeen = WebhookEventType.NotifyStart | WebhookEventType.NotifyEnd,
            ClientNumber = number,
            ClientNumberRaw = number.TrimStart('+'),
            StartUtc = startUtc,
            EndedUtc = startUtc.AddMinutes(1),
            Disposition = CallDisposition.NoAnswer,
            DispositionRaw = "no answer",
        };
        await using var db = await _app.Get<IDbContextFactory<ZadarmaDb>>().CreateDbContextAsync();
        db.Calls.Add(call);
        await db.SaveChangesAsync();
        return call;
    }
}
