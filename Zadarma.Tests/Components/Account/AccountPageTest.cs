using Bunit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Zadarma.Tests.Components.Account;

/// <summary>
/// The static account pages as the server renders them: with the request's HttpContext, whose services sign in and
/// whose response carries the cookies.
/// </summary>
public abstract class AccountPageTest : ComponentTest
{
    protected AccountPageTest()
    {
        Services.AddDataProtection();
        Services.AddAuthentication(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        Http = new DefaultHttpContext { RequestServices = Services };
    }

    protected DefaultHttpContext Http { get; }

    protected IRenderedComponent<TPage> RenderPage<TPage>() where TPage : Microsoft.AspNetCore.Components.IComponent =>
        Render<TPage>(p => p.AddCascadingValue(Http));

    /// <summary>Where the page sent the browser, if anywhere.</summary>
    protected string? NavigatedTo
    {
        get
        {
            var navigation = Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>();
            return navigation.History.Count == 0 ? null : navigation.Uri;
        }
    }
}
