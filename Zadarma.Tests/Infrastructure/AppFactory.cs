using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Zadarma.Core.Accounts;

namespace Zadarma.Tests.Infrastructure;

/// <summary>The app under the framework's test server, with its own data folder.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    public const string Password = "user-pass-1";

    private readonly Dictionary<string, string?> _settings = new(TestApp.Quiet);

    public AppFactory() => _settings["DataPath"] = DataPath;

    public string DataPath { get; } = TempFolder.Create("web");

    public AppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Host settings, not app configuration: the app reads them while it is being built.
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.UseQuickPasswordHasher());
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<User> CreateUserAsync(string userName, Role role)
    {
        var accounts = Get<UserAccounts>();
        return await accounts.HasAnyUserAsync()
            ? await accounts.CreateAsync(userName, Password, role)
            : role == Role.Admin
                ? await accounts.CreateFirstAdminAsync(userName, Password)
                : throw new InvalidOperationException("Create an admin first.");
    }

    /// <summary>Signs in through the real sign-in form, antiforgery token and all.</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password = Password)
    {
        var client = CreatePlainClient();
        var response = await PostSignInAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string userName, string password)
    {
        var form = await client.GetStringAsync("/account/signin");
        return await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Forms.AntiforgeryToken(form),
            ["_handler"] = "signin",
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TempFolder.Delete(DataPath);
    }
}
