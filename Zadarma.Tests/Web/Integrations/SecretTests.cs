using System.Net;
using Microsoft.EntityFrameworkCore;
using Zadarma.Core.Accounts;
using Zadarma.Core.Persistence;
using Zadarma.Core.Settings;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Integrations;

public sealed class SecretTests : IAsyncLifetime
{
    private const string Secret = "s3cr3t-0123456789abcdef";

    // Information-level logs, so that the test sees every line the app writes.
    private readonly AppFactory _app = new AppFactory().With("Serilog:MinimumLevel:Default", "Information").With("Serilog:MinimumLevel:Override:Zadarma", "Information");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_secret_is_encrypted_at_rest_and_never_sent_back_or_logged()
    {
        await _app.CreateUserAsync("admin", Role.Admin);
        var connection = _app.Get<ZadarmaConnection>();
        var edit = await connection.LoadAsync();
        edit.UseSandbox = false;
        edit.Key = "key-123";
        edit.NewSecret = Secret;
        Assert.Empty(await connection.SaveAsync(edit));

        // Usable by the server...
        Assert.Equal(Secret, (await connection.GetCredentialsAsync(CancellationToken.None)).Secret);

        // ...but not stored in clear,
        await using (var db = await _app.Get<IDbContextFactory<ZadarmaDb>>().CreateDbContextAsync())
        {
            var stored = await db.Settings.SingleAsync();
            Assert.NotNull(stored.ZadarmaSecretProtected);
            Assert.DoesNotContain(Secret, stored.ZadarmaSecretProtected);
        }

        // ...not in any page the admin's browser receives,
        var client = await _app.SignInAsync("admin");
        foreach (var path in new[] { "/settings/integrations/zadarma", "/settings/integrations/pbx", "/settings" })
        {
            var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.DoesNotContain(Secret, await page.Content.ReadAsStringAsync());
        }

        // ...not in the credentials' text form, and not in the log.
        Assert.DoesNotContain(Secret, (await connection.GetCredentialsAsync(CancellationToken.None)).ToString());
        var logs = System.IO.Directory.GetFiles(Path.Combine(_app.DataPath, "logs"));
        Assert.NotEmpty(logs);
        foreach (var log in logs)
        {
            await using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var text = await new StreamReader(stream).ReadToEndAsync();
            Assert.Contains("Zadarma connection saved", text);
            Assert.DoesNotContain(Secret, text);
        }
    }

    [Fact]
    public async Task Neither_the_api_key_nor_a_password_typed_as_a_user_name_is_logged()
    {
        const string Key = "key-7f3a9c1e5b";
        const string PasswordAsName = "Pa55word-typed-as-name";
        await _app.CreateUserAsync("admin", Role.Admin);
        var connection = _app.Get<ZadarmaConnection>();
        var edit = await connection.LoadAsync();
        edit.UseSandbox = false;
        edit.Key = Key;
        edit.NewSecret = Secret;
        Assert.Empty(await connection.SaveAsync(edit));

        var refused = await AppFactory.PostSignInAsync(_app.CreatePlainClient(), PasswordAsName, "whatever");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        var text = await LogTextAsync();
        Assert.Contains("Zadarma connection saved", text);
        Assert.Contains("Sign-in refused for an unknown user name", text);
        Assert.DoesNotContain(Key, text);
        Assert.DoesNotContain(PasswordAsName, text);
    }

    [Fact]
    public async Task Leaving_the_secret_empty_keeps_the_saved_one()
    {
        var connection = _app.Get<ZadarmaConnection>();
        var edit = await connection.LoadAsync();
        edit.UseSandbox = false;
        edit.Key = "key-123";
        edit.NewSecret = Secret;
        await connection.SaveAsync(edit);

        var again = await connection.LoadAsync();
        Assert.True(again.SecretIsSet);
        Assert.Null(again.NewSecret);
        again.RoutingReturnTimeout = 30;
        Assert.Empty(await connection.SaveAsync(again));

        Assert.Equal(Secret, (await connection.GetCredentialsAsync(CancellationToken.None)).Secret);
    }

    [Fact]
    public async Task A_real_account_needs_a_key_and_a_secret()
    {
        var connection = _app.Get<ZadarmaConnection>();
        var edit = await connection.LoadAsync();
        edit.UseSandbox = false;
        edit.Url = "not a url";
        edit.PbxTimeZone = "Moscow";
        edit.RoutingReturnTimeout = 2;

        var errors = await connection.SaveAsync(edit);

        Assert.Equal(
            [ZadarmaConnectionError.UrlInvalid, ZadarmaConnectionError.KeyRequired, ZadarmaConnectionError.SecretRequired,
             ZadarmaConnectionError.ReturnTimeoutInvalid, ZadarmaConnectionError.TimeZoneInvalid],
            errors);
        Assert.True((await connection.LoadAsync()).UseSandbox);
    }

    private Task<string> LogTextAsync() => LogFiles.ReadAsync(_app.DataPath);

    [Fact]
    public async Task The_zadarma_tab_is_for_admins_only()
    {
        await _app.CreateUserAsync("admin", Role.Admin);
        await _app.CreateUserAsync("sup", Role.Supervisor);
        var client = await _app.SignInAsync("sup");
        var response = await client.GetAsync("/settings/integrations/zadarma");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location?.ToString());
    }
}
