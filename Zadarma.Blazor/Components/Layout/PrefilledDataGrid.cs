using System.Reflection;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Zadarma.Blazor.Components.Layout;

/// <summary>
/// A server-data grid that can be handed its first page, so that its first render (prerendered or on the circuit)
/// already has rows. MudDataGrid asks <c>ServerData</c> for rows only after its first render, which the prerender never
/// reaches and which on a circuit waits for the browser to acknowledge that render: an empty grid, then rows a round
/// trip later. The grid still calls <c>ServerData</c> after that render, so the page's loader hands the same page over
/// once instead of querying again.
/// </summary>
// Columns inside take the row type from this grid, as they do from MudDataGrid.
[CascadingTypeParameter(nameof(T))]
public sealed class PrefilledDataGrid<T> : MudDataGrid<T>
{
    // MudDataGrid has no setter for the rows it shows from ServerData; a test fails if a MudBlazor update renames this.
    internal static readonly FieldInfo? ShownRows =
        typeof(MudDataGrid<T>).GetField("_serverData", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <summary>The rows and total <c>ServerData</c> will return for the grid's initial state; read once, at start.</summary>
    [Parameter]
    public GridData<T>? FirstPage { get; set; }

    protected override void OnInitialized()
    {
        base.OnInitialized();
        if (FirstPage is not null)
            ShownRows?.SetValue(this, FirstPage);
    }
}
