using System.Net;
using Zadarma.Core.Accounts;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Accounts;

public sealed class SignInAndRolesTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Before_the_first_admin_every_page_leads_to_setup()
    {
        var client = _app.CreatePlainClient();
        foreach (var path in new[] { "/", "/clients", "/settings", "/account/signin" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/setup", response.Headers.Location?.OriginalString);
        }
        var setup = await client.GetAsync("/setup");
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        Assert.Contains("name=\"Input.Password\"", await setup.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_setup_page_is_gone_once_an_admin_exists()
    {
        await _app.CreateUserAsync("admin", Role.Admin);
        var response = await _app.CreatePlainClient().GetAsync("/setup");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Setup_through_the_form_creates_the_admin_and_signs_in()
    {
        var client = _app.CreatePlainClient();
        var response = await Forms.PostSetupAsync(client, "boss", "boss-pass-1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/settings")).StatusCode);
        Assert.Equal(Role.Admin, (await _app.Get<UserAccounts>().SignInAsync("boss", "boss-pass-1")).User!.Role);
    }

    [Fact]
    public async Task Sign_out_refuses_a_post_without_the_forms_antiforgery_token()
    {
        // The sign-out form lives in the user menu, which a circuit opens: signing out through it is a browser test.
        await _app.CreateUserAsync("admin", Role.Admin);
        var client = await _app.SignInAsync("admin");

        var forged = await client.PostAsync("/account/signout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/settings")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_requests_are_sent_to_sign_in()
    {
        await _app.CreateUserAsync("admin", Role.Admin);
        var response = await _app.CreatePlainClient().GetAsync("/clients");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/signin?ReturnUrl=%2Fclients", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData(Role.Admin, "/settings", HttpStatusCode.OK)]
    [InlineData(Role.Admin, "/users", HttpStatusCode.OK)]
    [InlineData(Role.Admin, "/employees", HttpStatusCode.OK)]
    [InlineData(Role.Supervisor, "/clients", HttpStatusCode.OK)]
    [InlineData(Role.Supervisor, "/settings", HttpStatusCode.Redirect)]
    [InlineData(Role.Agent, "/clients", HttpStatusCode.OK)]
    [InlineData(Role.Agent, "/calls", HttpStatusCode.OK)]
    [InlineData(Role.Agent, "/settings", HttpStatusCode.Redirect)]
    [InlineData(Role.Agent, "/users", HttpStatusCode.Redirect)]
    [InlineData(Role.Agent, "/employees", HttpStatusCode.Redirect)]
    public async Task Role_policies_hold_on_pages(Role role, string path, HttpStatusCode expected)
    {
        await _app.CreateUserAsync("admin", Role.Admin);
        if (role != Role.Admin)
            await _app.CreateUserAsync("someone", role);
        var client = await _app.SignInAsync(role == Role.Admin ? "admin" : "someone");

        var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
            Assert.StartsWith("http://localhost/account/denied", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Wrong_passwords_lock_the_account_after_repeated_tries()
    {
        await _app.CreateUserAsync("admin", Role.Admin);
        var client = _app.CreatePlainClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i < PasswordRules.MaxFailedSignIns; i++)
            last = await AppFactory.PostSignInAsync(client, "admin", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, last!.StatusCode);
        Assert.Contains("Too many failed attempts", await last.Content.ReadAsStringAsync());
        var rightPassword = await AppFactory.PostSignInAsync(client, "admin", AppFactory.Password);
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
    }

    [Fact]
    public async Task A_refused_sign_in_says_the_same_for_any_name_and_never_sends_the_password_back()
    {
        await _app.CreateUserAsync("admin", Role.Admin);
        var client = _app.CreatePlainClient();

        var known = await (await AppFactory.PostSignInAsync(client, "admin", "typed-secret-1")).Content.ReadAsStringAsync();
        var unknown = await (await AppFactory.PostSignInAsync(client, "nobody", "typed-secret-2")).Content.ReadAsStringAsync();

        Assert.Contains("Wrong user name or password", known);
        Assert.Contains("Wrong user name or password", unknown);
        Assert.DoesNotContain("typed-secret-1", known);
        Assert.DoesNotContain("typed-secret-2", unknown);
        Assert.Contains("value=\"nobody\"", unknown);
    }

    [Fact]
    public async Task A_sign_in_form_post_without_antiforgery_token_is_refused()
    {
        await _app.CreateUserAsync("admin", Role.Admin);
        var response = await _app.CreatePlainClient().PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["Input.UserName"] = "admin",
            ["Input.Password"] = AppFactory.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_deactivated_user_is_signed_out_on_the_next_request()
    {
        await _app.CreateUserAsync("admin", Role.Admin);
        var agent = await _app.CreateUserAsync("agent", Role.Agent);
        var client = await _app.SignInAsync("agent");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/clients")).StatusCode);

        await _app.Get<UserAccounts>().UpdateAsync(agent.Id, Role.Agent, isActive: false, employeeId: null);

        var response = await client.GetAsync("/clients");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/signin", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Health_reports_the_database()
    {
        var response = await _app.CreatePlainClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sign_in_does_not_redirect_off_site()
    {
        await _app.CreateUserAsync("admin", Role.Admin);
        var client = _app.CreatePlainClient();
        var form = await client.GetStringAsync("/account/signin?returnUrl=%2F%2Fevil.example");
        var response = await client.PostAsync("/account/signin?returnUrl=%2F%2Fevil.example", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Forms.AntiforgeryToken(form),
            ["_handler"] = "signin",
            ["Input.UserName"] = "admin",
            ["Input.Password"] = AppFactory.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("evil", response.Headers.Location?.ToString());
    }
}
