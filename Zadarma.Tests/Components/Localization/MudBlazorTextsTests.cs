using Bunit;
using MudBlazor;

namespace Zadarma.Tests.Components.Localization;

/// <summary>A grid's pager speaks the user's language, as every other text does.</summary>
public sealed class MudBlazorTextsTests : ComponentTest
{
    [Theory]
    [InlineData("en", "Rows per page:")]
    [InlineData("ru", "Строк на странице:")]
    [InlineData("pl", "Wierszy na stronie:")]
    public void The_pager_says_rows_per_page_in_the_users_language(string culture, string expected)
    {
        UseCulture(culture);

        var grid = Render<MudDataGrid<int>>(p => p
            .Add(g => g.Items, Enumerable.Range(1, 30))
            .Add(g => g.PagerContent, builder =>
            {
                builder.OpenComponent<MudDataGridPager<int>>(0);
                builder.CloseComponent();
            }));

        Assert.Contains(expected, grid.Find(".mud-table-pagination").TextContent);
    }
}
