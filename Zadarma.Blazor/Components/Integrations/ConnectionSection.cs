using Microsoft.AspNetCore.Components;
using Zadarma.Core.Settings;

namespace Zadarma.Blazor.Components.Integrations;

/// <summary>A part of the Zadarma tab: edits the tab's values and tells the tab, which validates and saves them.</summary>
public abstract class ConnectionSection : ComponentBase
{
    [Parameter, EditorRequired]
    public ZadarmaConnectionEdit Edit { get; set; } = default!;

    [Parameter, EditorRequired]
    public FieldErrors Errors { get; set; } = default!;

    [Parameter]
    public EventCallback Changed { get; set; }

    protected async Task SetAsync(Action set)
    {
        set();
        await Changed.InvokeAsync();
    }
}
