namespace Zadarma.Blazor;

/// <summary>
/// Marker for MudBlazor's own texts (pager, filters, dialogs' buttons) in Resources/MudBlazorTexts.resx and its
/// Russian and Polish siblings, under the keys MudBlazor asks for.
/// </summary>
public sealed class MudBlazorTexts;
