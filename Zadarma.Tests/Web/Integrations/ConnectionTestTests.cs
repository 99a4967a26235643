using Zadarma.Core.Api;
using Zadarma.Core.Sandbox;
using Zadarma.Core.Settings;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Integrations;

/// <summary>"Test connection" tries the values in the tab against the sandbox over HTTP and saves nothing.</summary>
public sealed class ConnectionTestTests : IAsyncLifetime
{
    private TestApp _app = default!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_wrong_secret_fails_the_test_and_is_not_saved()
    {
        var edit = await RealAccountEditAsync(secret: "not-the-secret");

        var error = await Assert.ThrowsAsync<ZadarmaException>(() => _app.Get<ConnectionTest>().RunAsync(edit));

        Assert.Equal(ZadarmaErrorKind.Unauthorized, error.Kind);
        var saved = await _app.Get<SettingsStore>().GetAsync();
        Assert.True(saved.ZadarmaUseSandbox);
        Assert.Null(saved.ZadarmaKey);
        Assert.Null(saved.ZadarmaSecretProtected);
    }

    [Fact]
    public async Task A_typed_secret_is_tested_unsaved_and_a_blank_time_zone_is_filled()
    {
        var edit = await RealAccountEditAsync(secret: _app.Get<SandboxPbx>().Secret);
        edit.PbxTimeZone = "";

        var result = await _app.Get<ConnectionTest>().RunAsync(edit);

        Assert.Equal(new Balance(25.50m, "USD"), result.Balance);
        Assert.Equal(SandboxPbx.TimeZoneName, edit.PbxTimeZone);
        Assert.Equal(edit.Key, _app.Get<SandboxPbx>().Key);
        Assert.True((await _app.Get<SettingsStore>().GetAsync()).ZadarmaUseSandbox);
    }

    [Fact]
    public async Task Without_a_typed_secret_the_saved_one_is_tested_with_the_typed_key()
    {
        var connection = _app.Get<ConnectionTest>();
        var saved = await RealAccountEditAsync(secret: _app.Get<SandboxPbx>().Secret);
        Assert.Empty(await _app.Get<ZadarmaConnection>().SaveAsync(saved));

        var edit = await _app.Get<ZadarmaConnection>().LoadAsync();
        Assert.Equal(25.50m, (await connection.RunAsync(edit)).Balance?.Amount);
        Assert.Equal("UTC+3", edit.PbxTimeZone);

        edit.Key = "another-key";
        Assert.Equal(ZadarmaErrorKind.Unauthorized, (await Assert.ThrowsAsync<ZadarmaException>(() => connection.RunAsync(edit))).Kind);
        Assert.Equal(_app.Get<SandboxPbx>().Key, (await _app.Get<SettingsStore>().GetAsync()).ZadarmaKey);
    }

    [Fact]
    public async Task Missing_account_fields_are_reported_without_a_request()
    {
        var edit = await _app.Get<ZadarmaConnection>().LoadAsync();
        edit.UseSandbox = false;
        edit.Url = "not a url";
        edit.RoutingReturnTimeout = 2;

        var result = await _app.Get<ConnectionTest>().RunAsync(edit);

        Assert.Null(result.Balance);
        Assert.Equal([ZadarmaConnectionError.UrlInvalid, ZadarmaConnectionError.KeyRequired, ZadarmaConnectionError.SecretRequired], result.Errors);
    }

    private async Task<ZadarmaConnectionEdit> RealAccountEditAsync(string secret)
    {
        var edit = await _app.Get<ZadarmaConnection>().LoadAsync();
        edit.UseSandbox = false;
        edit.Url = new Uri(_app.Address, "sandbox/zadarma").AbsoluteUri;
        edit.Key = _app.Get<SandboxPbx>().Key;
        edit.NewSecret = secret;
        return edit;
    }
}
