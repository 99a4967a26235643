using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Zadarma.Blazor;
using Zadarma.Blazor.Components.Telephony;
using Zadarma.Core.Api;
using Zadarma.Core.Directory;
using Zadarma.Core.Pbx;
using Zadarma.Core.Telephony;
using Zadarma.Tests.Infrastructure;
using Zadarma.Tests.Unit.Api;
using Zadarma.Tests.Unit.WebRtc;

namespace Zadarma.Tests.Unit.Telephony;

/// <summary>What the agent is told when a click-to-call does not start, with Zadarma's replies scripted.</summary>
public sealed class ClickToCallTests : IAsyncLifetime
{
    private const int UserId = 7;
    private const string Number = "+7 999 123 45 67";

    private readonly UserDirectory _directory = new();
    private readonly PendingCallbacks _pending = new(TimeProvider.System);
    private readonly IStringLocalizer<Strings> _l = new StringLocalizer<Strings>(new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));
    private TestDatabase _db = default!;

    public async Task InitializeAsync()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        _db = await TestDatabase.CreateAsync();
        var olga = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "Olga Petrova" });
        _directory.EmployeeOfUser[UserId] = new DirectoryEmployee(olga, "Olga Petrova", UserId, IsActive: true);
        await _db.Extensions.MergeAsync([new FetchedExtension("100", null)]);
        await _db.Extensions.MapAsync("100", olga);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private ClickToCall Calls(ScriptedHandler handler, ICrmDirectory? directory = null)
    {
        var options = new ZadarmaApiOptions { RetryDelay = TimeSpan.Zero };
        var client = TestZadarma.Client(handler, new FixedAccount(new ZadarmaCredentials(new Uri("http://pbx.test/sandbox/zadarma"), "key1", "secret")), options);
        return new ClickToCall(directory ?? _directory, _db.Extensions, _db.Settings, client, _pending, NullLogger<ClickToCall>.Instance);
    }

    private static readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> AcceptedReply =
        ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"success","from":100,"to":79991234567,"time":1435573082}""");

    private static ScriptedHandler Accepted() => new(AcceptedReply);

    private string Told(CallbackResult result) => CallbackErrorText.For(_l, result);

    [Fact]
    public async Task A_refusal_by_zadarma_is_shown_with_its_message_and_the_agent_may_click_again()
    {
        var handler = new ScriptedHandler(
            ScriptedHandler.Json(HttpStatusCode.OK, """{"status":"error","message":"Not enough money on the balance"}"""),
            AcceptedReply);
        var calls = Calls(handler);

        var result = await calls.StartAsync(UserId, Number);

        Assert.Equal(CallbackError.Zadarma, result.Error);
        Assert.Equal("Zadarma refused: Not enough money on the balance", Told(result));
        Assert.True((await calls.StartAsync(UserId, Number)).Succeeded);
    }

    [Fact]
    public async Task A_rate_limit_says_in_how_many_seconds_to_retry()
    {
        var handler = new ScriptedHandler(
            ScriptedHandler.Json(HttpStatusCode.TooManyRequests, """{"status":"error","message":"Too many requests"}""", retryAfter: TimeSpan.FromSeconds(42)));

        var result = await Calls(handler).StartAsync(UserId, Number);

        Assert.Equal((CallbackError.Zadarma, ZadarmaErrorKind.RateLimited), (result.Error, result.Zadarma?.Kind));
        Assert.Equal("Zadarma rate limit reached, retry in 42 s.", Told(result));
    }

    [Fact]
    public async Task An_invalid_number_is_refused_before_zadarma_is_asked()
    {
        var handler = Accepted();

        var result = await Calls(handler).StartAsync(UserId, "12");

        Assert.Equal(CallbackError.InvalidNumber, result.Error);
        Assert.Equal("This is not a valid phone number.", Told(result));
        Assert.Empty(handler.Sent);
    }

    [Fact]
    public async Task An_agent_without_an_extension_is_told_to_ask_for_one()
    {
        var newHire = await _db.Employees.SaveAsync(new EmployeeEdit { Name = "New Hire" });
        _directory.EmployeeOfUser[8] = new DirectoryEmployee(newHire, "New Hire", 8, IsActive: true);
        var handler = Accepted();

        var result = await Calls(handler).StartAsync(8, Number);

        Assert.Equal(CallbackError.NoExtension, result.Error);
        Assert.StartsWith("You have no extension", Told(result));
        Assert.Empty(handler.Sent);
        Assert.Equal(CallbackError.NoExtension, (await Calls(handler).StartAsync(9, Number)).Error);
    }

    [Fact]
    public async Task Any_other_failure_is_a_result_not_an_exception_and_the_agent_may_click_again()
    {
        var handler = new ScriptedHandler(
            (_, _) => throw new InvalidOperationException("socket in a bad state"),
            AcceptedReply);
        var calls = Calls(handler);

        var result = await calls.StartAsync(UserId, Number);

        Assert.Equal(CallbackError.Unexpected, result.Error);
        Assert.StartsWith("Something went wrong while starting the call.", Told(result));
        Assert.True((await calls.StartAsync(UserId, Number)).Succeeded);
    }

    [Fact]
    public async Task A_failing_host_crm_is_a_result_too()
    {
        var result = await Calls(Accepted(), new BrokenDirectory()).StartAsync(UserId, Number);

        Assert.Equal(CallbackError.Unexpected, result.Error);
    }

    [Fact]
    public async Task An_accepted_call_names_the_extension_and_the_number()
    {
        var handler = Accepted();

        var result = await Calls(handler).StartAsync(UserId, Number);

        Assert.True(result.Succeeded);
        Assert.Equal(("100", "+79991234567"), (result.Extension, result.Number?.E164));
        Assert.Contains("to=%2B79991234567", Assert.Single(handler.Sent).Request.RequestUri!.Query);
    }

    private sealed class BrokenDirectory : ICrmDirectory
    {
        public Task<IReadOnlyList<DirectoryClient>> FindClientsByPhoneAsync(PhoneNumber number, CancellationToken ct = default) => throw Down();
        public Task<DirectoryEmployee?> GetResponsibleEmployeeAsync(int clientId, CancellationToken ct = default) => throw Down();
        public Task<IReadOnlyList<DirectoryEmployee>> ListEmployeesAsync(CancellationToken ct = default) => throw Down();
        public Task<DirectoryEmployee?> GetEmployeeOfUserAsync(int userId, CancellationToken ct = default) => throw Down();

        private static HttpRequestException Down() => new("The host CRM is down.");
    }
}
