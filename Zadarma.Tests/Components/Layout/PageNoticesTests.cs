using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Zadarma.Blazor.Components.Layout;

namespace Zadarma.Tests.Components.Layout;

public sealed class PageNoticesTests : ComponentTest
{
    [Fact]
    public void A_notice_about_a_page_goes_when_the_user_leaves_it()
    {
        Render<PageNotices>();
        var snackbar = Services.GetRequiredService<ISnackbar>();
        snackbar.Add("The number is not valid", Severity.Error);
        Assert.Single(snackbar.ShownSnackbars);

        Services.GetRequiredService<NavigationManager>().NavigateTo("clients");

        Assert.Empty(snackbar.ShownSnackbars);
    }
}
