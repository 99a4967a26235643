using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Zadarma.Blazor.Components.Layout;

namespace Zadarma.Tests.Components.Account;

public sealed class StatusMessageTests : ComponentTest
{
    private const string History = "./Components/Layout/StatusMessage.razor.js";

    private IRenderedComponent<StatusMessage> RenderMessage(HttpContext? http = null) =>
        Render<StatusMessage>(p =>
        {
            p.Add(m => m.Title, "Nie znaleziono strony").Add(m => m.Text, "Pod tym adresem nie ma strony.");
            if (http is not null)
                p.AddCascadingValue(http);
        });

    private static DefaultHttpContext Request(string? referer)
    {
        var http = new DefaultHttpContext();
        http.Request.Host = new HostString("crm.example");
        http.Request.Path = "/no-such-page";
        if (referer is not null)
            http.Request.Headers.Referer = referer;
        return http;
    }

    [Fact]
    public void A_page_without_a_circuit_leads_back_to_the_page_of_this_site_the_browser_came_from()
    {
        UseCulture("pl");
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var message = RenderMessage(Request("http://crm.example/calls?page=2"));

        Assert.Equal("Nie znaleziono strony", message.Find("h1").TextContent);
        Assert.Equal("/calls?page=2", message.Find("a.status-back").GetAttribute("href"));
        Assert.Contains("Wstecz", message.Find("a.status-back").TextContent);
        Assert.Equal("/", message.Find("a.status-home").GetAttribute("href"));
        Assert.Contains("Wróć do strony głównej", message.Find("a.status-home").TextContent);
    }

    [Fact]
    public void Another_site_is_no_way_back()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var message = RenderMessage(Request("https://elsewhere.example/page"));

        Assert.Empty(message.FindAll(".status-back"));
        Assert.NotNull(message.Find("a.status-home"));
    }

    [Fact]
    public void In_a_circuit_the_way_back_is_the_tabs_history_when_it_has_one()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var history = JSInterop.SetupModule(History);
        history.Setup<bool>("canGoBack").SetResult(true);
        history.SetupVoid("goBack");

        var message = RenderMessage();
        message.WaitForElement("button.status-back").Click();

        Assert.Single(history.Invocations, i => i.Identifier == "goBack");
    }

    [Fact]
    public void A_tab_opened_on_this_page_has_no_way_back_but_home()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        JSInterop.SetupModule(History).Setup<bool>("canGoBack").SetResult(false);

        var message = RenderMessage();

        Assert.Empty(message.FindAll(".status-back"));
        Assert.NotNull(message.Find("a.status-home"));
    }
}
