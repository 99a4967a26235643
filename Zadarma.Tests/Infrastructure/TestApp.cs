using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zadarma.Blazor.Hosting;
using Zadarma.Core.Accounts;

namespace Zadarma.Tests.Infrastructure;

/// <summary>
/// The real app, started in this process on a free loopback port with a fresh data folder,
/// for browser tests and anything that needs a real HTTP server.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    public const string AdminPassword = "admin-pass-1";

    private readonly WebApplication _app;

    private TestApp(WebApplication app, string dataPath)
    {
        _app = app;
        DataPath = dataPath;
        Address = new Uri(app.Urls.First().TrimEnd('/') + "/");
    }

    public Uri Address { get; }
    public string DataPath { get; }
    public IServiceProvider Services => _app.Services;

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    /// <param name="services">Registered before the app's own, in the places where the app adds its own only when none is
    /// there: a host CRM's directory, the sandbox's clock.</param>
    public static async Task<TestApp> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var dataPath = TempFolder.Create("app");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = "Zadarma.Blazor",
            EnvironmentName = "Development",
            ContentRootPath = SolutionFolder.Combine("Zadarma.Blazor"),
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(Quiet)
        {
            ["DataPath"] = dataPath,
        });
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        services?.Invoke(builder.Services);
        builder.Services.UseQuickPasswordHasher();

        var app = ZadarmaApp.Build(builder);
        await app.StartAsync();
        return new TestApp(app, dataPath);
    }

    /// <summary>Logs only what goes wrong: the test output stays readable.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Quiet = new Dictionary<string, string?>
    {
        ["Serilog:MinimumLevel:Default"] = "Warning",
        ["Serilog:MinimumLevel:Override:Zadarma"] = "Warning",
    };

    public async Task<User> CreateUserAsync(string userName, Role role, string password = AdminPassword)
    {
        var accounts = Get<UserAccounts>();
        return await accounts.HasAnyUserAsync() || role != Role.Admin
            ? await accounts.CreateAsync(userName, password, role)
            : await accounts.CreateFirstAdminAsync(userName, password);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TempFolder.Delete(DataPath);
    }
}
