using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Persistence;

namespace Zadarma.Benchmarks.Journal;

/// <summary>
/// The Calls page as a supervisor sees it over the journal: the published app on the benchmark's data folder, a real
/// Chromium tab, and times taken by the page itself (from the navigation's start, from the click), so the figures hold
/// what the server renders, what travels and what the browser applies.
/// </summary>
public static class JournalBrowserView
{
    private const string UserName = "journal-viewer";
    private const string Password = "journal-pass-1";

    // Marks the moments a person would notice: rows first on screen, the page answering clicks, the first row changing.
    private const string Watch = """
        window.journal = { rowsAt: null, liveAt: null, clickAt: null, changedAt: null, firstRow: null, firstByteAt: null };
        const firstRow = () => document.querySelector('.calls-grid tbody tr a.call-time')?.getAttribute('href') ?? null;
        const look = () => {
          const j = window.journal, now = performance.now(), row = firstRow();
          if (row !== null && j.rowsAt === null) j.rowsAt = now;
          if (j.liveAt === null && document.querySelector('[data-interactive=yes]')) j.liveAt = now;
          if (j.clickAt !== null && j.changedAt === null && row !== j.firstRow) j.changedAt = now;
        };
        document.addEventListener('DOMContentLoaded', () => {
          window.journal.firstByteAt = performance.getEntriesByType('navigation')[0]?.responseStart ?? null;
          look();
        });
        new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true });
        document.addEventListener('click', () => {
          Object.assign(window.journal, { clickAt: performance.now(), changedAt: null, firstRow: firstRow() });
        }, true);
        """;

    public static async Task<int> RunAsync(string folder, IDbContextFactory<ZadarmaDb> factory, string[] args)
    {
        var repeat = Arguments.Int(args, "repeat", 20);
        if (PublishedApp.Locate(args) is not { } app)
            return 2;
        await EnsureViewerAsync(factory);

        using var started = await PublishedApp.StartAsync(app, folder, Arguments.Int(args, "port", 5160), "journalbench0123456789");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await PublishedApp.LaunchBrowserAsync(playwright);
        var page = await started.SignInAsync(browser, UserName, Password);
        await page.Context.AddInitScriptAsync(Watch);

        var firstByte = new Latency();
        var visible = new Latency();
        var live = new Latency();
        for (var i = 0; i <= repeat; i++)
        {
            await page.GotoAsync("calls");
            await PublishedApp.WaitForInteractiveAsync(page);
            var marks = await MarkedAsync(page, m => m.RowsAt is not null);
            // The first navigation warms the app and the browser's cache; it is not counted.
            if (i == 0)
                continue;
            firstByte.Add(TimeSpan.FromMilliseconds(marks.FirstByteAt!.Value));
            visible.Add(TimeSpan.FromMilliseconds(marks.RowsAt!.Value));
            live.Add(TimeSpan.FromMilliseconds(marks.LiveAt!.Value));
        }
        Console.WriteLine($"navigate to Calls, first byte       {firstByte.Summary()}");
        Console.WriteLine($"navigate to Calls, rows visible     {visible.Summary()}");
        Console.WriteLine($"navigate to Calls, interactive      {live.Summary()}");

        // Over the page's default period, the last 30 days; each click turns the sort and changes the first row.
        foreach (var column in new[] { "Talk", "Result", "Time" })
        {
            var header = page.Locator(".calls-grid thead th", new() { HasText = column }).Locator(".sortable-column-header");
            var click = new Latency();
            for (var i = 0; i <= repeat; i++)
            {
                await header.ClickAsync();
                var marks = await MarkedAsync(page, m => m.ChangedAt is not null);
                if (i > 0)
                    click.Add(TimeSpan.FromMilliseconds(marks.ChangedAt!.Value - marks.ClickAt!.Value));
            }
            Console.WriteLine($"click sort {column,-7} to new rows       {click.Summary()}");
        }
        return 0;
    }

    /// <summary>
    /// The page's marks once <paramref name="reached"/> holds. Asked from here, not waited for in the page: the app's
    /// Content-Security-Policy forbids the evaluated script a wait in the page would use. The marks carry their own times.
    /// </summary>
    private static async Task<Marks> MarkedAsync(IPage page, Func<Marks, bool> reached)
    {
        for (var asked = 0; asked < 3_000; asked++)
        {
            var marks = await page.EvaluateAsync<Marks>("() => window.journal");
            if (reached(marks))
                return marks;
            await Task.Delay(10);
        }
        throw new TimeoutException("The Calls page did not reach the state measured.");
    }

    /// <summary>A supervisor to sign in as, added to the data folder once.</summary>
    private static async Task EnsureViewerAsync(IDbContextFactory<ZadarmaDb> factory)
    {
        var employees = new EmployeeStore(factory, NullLogger<EmployeeStore>.Instance);
        var accounts = new UserAccounts(factory, employees, new PasswordHasher<User>(), TimeProvider.System, NullLogger<UserAccounts>.Instance);
        if (!await accounts.HasAnyUserAsync())
            await accounts.CreateFirstAdminAsync("admin", Password);
        if (!(await accounts.SignInAsync(UserName, Password)).Succeeded)
            await accounts.CreateAsync(UserName, Password, Role.Supervisor);
        // The app opens the same file next: no pooled connection of ours may hold it.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private sealed class Marks
    {
        public double? FirstByteAt { get; set; }
        public double? RowsAt { get; set; }
        public double? LiveAt { get; set; }
        public double? ClickAt { get; set; }
        public double? ChangedAt { get; set; }
    }
}
