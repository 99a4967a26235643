using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;
using Zadarma.Blazor.Components.Layout;
using Zadarma.Blazor.Time;
using Zadarma.Core.Accounts;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Core.Persistence;
using Zadarma.Core.Settings;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Components;

/// <summary>
/// A bunit context with what every screen needs: MudBlazor's services, the UI strings, the user's time and theme, and
/// JS calls answered loosely. <see cref="UseDatabaseAsync"/> adds a migrated SQLite database with the stores over it.
/// </summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    protected ComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        // A wait ends as soon as its state is reached; the deadline only has to outlast a busy machine, which a debounce
        // and a database query can take longer than bunit's one second on.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        Services.AddMudServices();
        Services.AddTransient<MudBlazor.MudLocalizer, Zadarma.Blazor.MudBlazorLocalizer>();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddLogging();
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<UserTime>();
        Services.AddScoped<ChosenTheme>();
    }

    protected TestDatabase? Database { get; private set; }

    /// <summary>Sets the language (and formats) components render in, as the culture cookie does in the app.</summary>
    protected static void UseCulture(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
    }

    /// <summary>A migrated database, with the stores components inject registered over it.</summary>
    protected async Task<TestDatabase> UseDatabaseAsync()
    {
        var db = Database = await TestDatabase.CreateAsync();
        Services.AddSingleton(db.Factory);
        Services.AddSingleton(db.Settings);
        Services.AddSingleton(db.Clients);
        Services.AddSingleton(db.Employees);
        Services.AddSingleton(db.Extensions);
        Services.AddSingleton<ICrmDirectory>(db.Directory);
        Services.AddSingleton<IPasswordHasher<User>>(QuickPasswordHasher.Create());
        Services.AddSingleton<UserAccounts>();
        return db;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        // MudBlazor registers services that are only IAsyncDisposable.
        await base.DisposeAsync();
        if (Database is not null)
            await Database.DisposeAsync();
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
