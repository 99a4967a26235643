using MudBlazor;

namespace Zadarma.Blazor.Components.Layout;

/// <summary>How every form opens as a dialog: kept open by a stray click outside, closed by its button.</summary>
public static class FormDialog
{
    // The form puts the focus in its first field; the dialog taking it back would leave that field touched and in error.
    public static DialogOptions Options => new()
    {
        MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true, BackdropClick = false, DefaultFocus = DefaultFocus.None,
    };
}
