using System.Linq.Expressions;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Zadarma.Blazor.Components.Layout;

namespace Zadarma.Tests.Components.Layout;

/// <summary>A grid handed its first page renders it at once, before its own request for rows has an answer.</summary>
public sealed class PrefilledDataGridTests : ComponentTest
{
    private static readonly RenderFragment Columns = builder =>
    {
        builder.OpenComponent<PropertyColumn<string, string>>(0);
        builder.AddComponentParameter(1, nameof(PropertyColumn<string, string>.Property), (Expression<Func<string, string>>)(s => s));
        builder.CloseComponent();
    };

    [Fact]
    public void Its_first_render_shows_the_page_it_was_handed_while_the_server_is_still_asked()
    {
        var asked = 0;
        // An answer that never comes: only the handed page can be on screen.
        var never = new TaskCompletionSource<GridData<string>>();

        var grid = Render<PrefilledDataGrid<string>>(p => p
            .Add(g => g.Columns, Columns)
            .Add(g => g.RowsPerPage, 2)
            .Add(g => g.FirstPage, new GridData<string> { Items = ["first", "second"], TotalItems = 7 })
            .Add(g => g.ServerData, (_, _) => { asked++; return never.Task; }));

        Assert.Equal(["first", "second"], grid.FindAll("tbody tr td").Select(td => td.TextContent.Trim()));
        Assert.Equal(1, asked);
        // The pager counts pages from the handed total.
        Assert.Equal(7, grid.Instance.GetFilteredItemsCount());
    }

    [Fact]
    public void Without_a_first_page_it_waits_for_the_server_as_any_grid_does()
    {
        var grid = Render<PrefilledDataGrid<string>>(p => p
            .Add(g => g.Columns, Columns)
            .Add(g => g.ServerData, (_, _) => Task.FromResult(new GridData<string> { Items = ["loaded"], TotalItems = 1 })));

        grid.WaitForAssertion(() => Assert.Equal(["loaded"], grid.FindAll("tbody tr td").Select(td => td.TextContent.Trim())));
    }
}
