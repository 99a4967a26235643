using Zadarma.Core.Accounts;

namespace Zadarma.Blazor.Components.Layout;

/// <summary>The signed-in user's light or dark choice for this circuit, set from the stored one as the page starts.</summary>
public sealed class ChosenTheme
{
    public ThemeChoice Choice { get; set; }
}
