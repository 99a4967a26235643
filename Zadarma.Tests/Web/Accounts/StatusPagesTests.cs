using System.Net;
using System.Net.Http.Headers;
using Zadarma.Core.Accounts;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Web.Accounts;

/// <summary>
/// A page request to an unknown or a refused address is answered with its status and a page in the app's frame and the
/// user's language, with a way back; API and webhook callers keep their bare status codes.
/// </summary>
public sealed class StatusPagesTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task<HttpResponseMessage> GetPageAsync(HttpClient client, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return await client.SendAsync(request);
    }

    /// <summary>A page as a browser asks for it: its status and its text, entities decoded.</summary>
    private static async Task<(HttpStatusCode Status, string Html)> ReadPageAsync(HttpClient client, string path)
    {
        var response = await GetPageAsync(client, path);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private async Task<HttpClient> AnonymousAsync(string culture)
    {
        await _app.CreateUserAsync("admin", Role.Admin);
        var client = _app.CreatePlainClient();
        await InLanguageAsync(client, culture);
        return client;
    }

    private static async Task InLanguageAsync(HttpClient client, string culture) =>
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/account/culture?culture={culture}&returnUrl=%2F")).StatusCode);

    private async Task<HttpClient> SignedInAsync(string userName, Role role, string culture)
    {
        await _app.CreateUserAsync("admin", Role.Admin);
        if (role != Role.Admin)
            await _app.CreateUserAsync(userName, role);
        var client = await _app.SignInAsync(role == Role.Admin ? "admin" : userName);
        await InLanguageAsync(client, culture);
        return client;
    }

    [Fact]
    public async Task An_unknown_page_says_so_in_russian_inside_the_apps_frame_with_a_way_back()
    {
        var client = await SignedInAsync("olga", Role.Agent, "ru");

        var (status, html) = await ReadPageAsync(client, "/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<html lang=\"ru\">", html);
        Assert.Contains("Страница не найдена", html);
        Assert.Contains("По этому адресу нет страницы.", html);
        // The app's frame: its bar with the user's menu and its navigation, in Russian.
        Assert.Contains("class=\"mud-appbar", html);
        Assert.Contains(">Звонки<", html);
        Assert.Matches("<a(?=[^>]*href=\"/\")(?=[^>]*status-home)[^>]*>", html);
        Assert.Contains("На главную", html);
    }

    [Fact]
    public async Task A_refused_page_says_so_in_russian_inside_the_apps_frame_with_a_way_back()
    {
        var client = await SignedInAsync("olga", Role.Agent, "ru");

        var refused = await GetPageAsync(client, "/settings");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var (status, html) = await ReadPageAsync(client, refused.Headers.Location!.PathAndQuery);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("Доступ запрещён", html);
        Assert.Contains("У вас нет доступа к этой странице.", html);
        Assert.Contains("class=\"mud-appbar", html);
        Assert.Contains(">Звонки<", html);
        Assert.Contains("На главную", html);
    }

    [Fact]
    public async Task Someone_not_signed_in_gets_the_unknown_page_on_the_account_card_in_their_language()
    {
        var client = await AnonymousAsync("pl");

        var (status, html) = await ReadPageAsync(client, "/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Nie znaleziono strony", html);
        Assert.Contains("account-card", html);
        Assert.DoesNotContain("class=\"mud-appbar", html);
        Assert.Contains("Wróć do strony głównej", html);
        Assert.Contains("account/culture?culture=ru", html);
    }

    [Fact]
    public async Task Another_refusal_of_a_page_request_is_explained_with_its_status()
    {
        var client = await AnonymousAsync("ru");

        var (status, html) = await ReadPageAsync(client, "/account/culture?culture=xx");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Что-то пошло не так", html);
        Assert.Contains("(ошибка 400)", html);
    }

    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/exec/no-such-hook")]
    [InlineData("/recordings/999/nothing")]
    public async Task Api_and_webhook_callers_get_bare_status_codes(string path)
    {
        var client = await SignedInAsync("olga", Role.Agent, "ru");
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }
}
