using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Zadarma.Core.Api;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Core.Sandbox;
using Zadarma.Core.WebRtc;
using Zadarma.Tests.Infrastructure;
using Zadarma.Tests.Unit.Api;

namespace Zadarma.Tests.Unit.WebRtc;

/// <summary>Who gets the phone in the browser, with which login, and how often Zadarma is asked for a key.</summary>
public sealed class WebRtcOffersTests : IAsyncLifetime
{
    private const int UserId = 7;
    private const string PbxId = "123456";

    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
    private readonly UserDirectory _directory = new();
    private TestDatabase _db = default!;
    private WebRtcKeys _keys = default!;
    private int _employeeId;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _keys = new WebRtcKeys(_db.Settings, _clock);
        _employeeId = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        _directory.EmployeeOfUser[UserId] = new DirectoryEmployee(_employeeId, "Olga Petrova", UserId, IsActive: true);
        await _db.Extensions.MergeAsync([new FetchedExtension("100", null), new FetchedExtension("101", null)]);
        await _db.Extensions.MapAsync("100", _employeeId);
        await ChangeSettingsAsync(s =>
        {
            s.WebRtcEnabled = true;
            s.PbxId = PbxId;
            s.ZadarmaUseSandbox = false;
        });
    }

    public async Task DisposeAsync()
    {
        _keys.Dispose();
        await _db.DisposeAsync();
    }

    private static ScriptedHandler KeyReply(string key = "key-of-100") =>
        new(ScriptedHandler.Json(HttpStatusCode.OK, $$"""{"status":"success","key":"{{key}}"}"""));

    private WebRtcOffers Offers(ScriptedHandler handler)
    {
        var options = new ZadarmaApiOptions { RetryDelay = TimeSpan.Zero };
        var client = TestZadarma.Client(handler, new FixedAccount(new ZadarmaCredentials(new Uri("http://pbx.test/sandbox/zadarma"), "key1", "secret")), options);
        return new WebRtcOffers(_db.Settings, _directory, _db.Extensions, _keys, client, NullLogger<WebRtcOffers>.Instance);
    }

    private async Task ChangeSettingsAsync(Action<Core.Settings.AppSettings> change)
    {
        var settings = await _db.Settings.GetAsync();
        change(settings);
        await _db.Settings.SaveAsync(settings);
    }

    [Fact]
    public async Task An_agent_with_an_extension_gets_the_key_of_their_sip_login_and_the_configured_widget()
    {
        var handler = KeyReply();

        var offer = await Offers(handler).GetAsync(UserId);

        Assert.True(offer.IsOffered);
        var widget = offer.Widget!;
        Assert.Equal(("123456-100", "key-of-100"), (widget.SipLogin, widget.Key));
        Assert.Equal("sip=123456-100", Assert.Single(handler.Sent).Request.RequestUri!.Query.TrimStart('?').Split('&')[^1]);
        Assert.Equal([Core.Settings.AppSettings.DefaultWebRtcLibScriptUrl, Core.Settings.AppSettings.DefaultWebRtcFnScriptUrl], widget.Scripts);
        Assert.Equal((WidgetShape.Square, WidgetPosition.Default), (widget.Shape, widget.Position));
        Assert.DoesNotContain("key-of-100", widget.ToString());
    }

    [Fact]
    public async Task The_sandbox_account_loads_the_sandbox_stand_in_whatever_the_script_settings_say()
    {
        await ChangeSettingsAsync(s =>
        {
            s.ZadarmaUseSandbox = true;
            s.WebRtcLibScriptUrl = "https://cdn.test/lib.js";
            s.WebRtcShape = WidgetShape.Rounded;
        });

        var widget = (await Offers(KeyReply()).GetAsync(UserId)).Widget!;

        Assert.Equal(["sandbox/zadarma/webphone/loader-phone-lib.js", "sandbox/zadarma/webphone/loader-phone-fn.js"], widget.Scripts);
        Assert.Equal(SandboxWebphone.Scripts, widget.Scripts);
        Assert.Equal(WidgetShape.Rounded, widget.Shape);
    }

    [Fact]
    public async Task The_switch_off_means_no_widget_and_no_request()
    {
        await ChangeSettingsAsync(s => s.WebRtcEnabled = false);
        var handler = KeyReply();

        var offer = await Offers(handler).GetAsync(UserId);

        Assert.Equal((false, WebRtcUnavailable.SwitchedOff), (offer.IsOffered, offer.Unavailable));
        Assert.Empty(handler.Sent);
    }

    [Fact]
    public async Task A_user_without_an_employee_gets_no_widget()
    {
        var handler = KeyReply();

        var offer = await Offers(handler).GetAsync(UserId + 1);

        Assert.Equal(WebRtcUnavailable.NoEmployee, offer.Unavailable);
        Assert.Empty(handler.Sent);
    }

    [Fact]
    public async Task An_employee_without_an_extension_gets_no_widget()
    {
        await _db.Extensions.MapAsync("100", null);
        var handler = KeyReply();

        var offer = await Offers(handler).GetAsync(UserId);

        Assert.Equal(WebRtcUnavailable.NoExtension, offer.Unavailable);
        Assert.Empty(handler.Sent);
    }

    [Fact]
    public async Task Without_the_pbx_id_the_login_is_unknown_and_no_widget_is_offered()
    {
        await ChangeSettingsAsync(s => s.PbxId = null);
        var handler = KeyReply();

        var offer = await Offers(handler).GetAsync(UserId);

        Assert.Equal(WebRtcUnavailable.NoPbxId, offer.Unavailable);
        Assert.Empty(handler.Sent);
    }

    [Fact]
    public async Task A_refused_key_comes_back_as_a_reason_and_is_asked_again_next_time()
    {
        var handler = new ScriptedHandler(
            ScriptedHandler.Json(HttpStatusCode.Unauthorized, """{"status":"error","message":"Not authorized"}"""),
            ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","key":"key-of-100"}"""));
        var offers = Offers(handler);

        var refused = await offers.GetAsync(UserId);
        var offered = await offers.GetAsync(UserId);

        Assert.Equal((WebRtcUnavailable.KeyNotIssued, ZadarmaErrorKind.Unauthorized), (refused.Unavailable, refused.Error?.Kind));
        Assert.Null(refused.Widget);
        Assert.Equal("key-of-100", offered.Widget?.Key);
        Assert.Equal(2, handler.Sent.Count);
    }

    [Fact]
    public async Task A_key_is_reused_within_its_cache_lifetime_and_asked_again_after_it()
    {
        var handler = KeyReply();
        var offers = Offers(handler);

        await offers.GetAsync(UserId);
        _clock.Advance(WebRtcKeys.CacheLifetime - TimeSpan.FromMinutes(1));
        var cached = await offers.GetAsync(UserId);
        Assert.Single(handler.Sent);
        Assert.Equal("key-of-100", cached.Widget?.Key);

        _clock.Advance(TimeSpan.FromMinutes(2));
        await offers.GetAsync(UserId);
        Assert.Equal(2, handler.Sent.Count);
        Assert.True(WebRtcKeys.CacheLifetime < WebRtcKey.Lifetime / 2);
    }

    [Fact]
    public async Task Saved_settings_forget_the_cached_keys()
    {
        var handler = KeyReply();
        var offers = Offers(handler);
        await offers.GetAsync(UserId);

        await ChangeSettingsAsync(s => s.ZadarmaKey = "another-account");
        await offers.GetAsync(UserId);

        Assert.Equal(2, handler.Sent.Count);
    }

    [Fact]
    public async Task Keys_are_cached_per_sip_login()
    {
        var ivan = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Ivan Sokolov" });
        await _db.Extensions.MapAsync("101", ivan);
        _directory.EmployeeOfUser[UserId + 1] = new DirectoryEmployee(ivan, "Ivan Sokolov", UserId + 1, IsActive: true);
        var handler = new ScriptedHandler(
            ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","key":"key-of-100"}"""),
            ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","key":"key-of-101"}"""));
        var offers = Offers(handler);

        var olga = await offers.GetAsync(UserId);
        var ivanOffer = await offers.GetAsync(UserId + 1);
        var olgaAgain = await offers.GetAsync(UserId);

        Assert.Equal(("key-of-100", "key-of-101", "key-of-100"), (olga.Widget?.Key, ivanOffer.Widget?.Key, olgaAgain.Widget?.Key));
        Assert.Equal("123456-101", ivanOffer.Widget?.SipLogin);
        Assert.Equal(2, handler.Sent.Count);
    }
}
