using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Zadarma.Blazor;

/// <summary>Gives MudBlazor its texts in the user's language; a key not found falls back to MudBlazor's English.</summary>
public sealed class MudBlazorLocalizer(IStringLocalizer<MudBlazorTexts> texts) : MudLocalizer
{
    public override LocalizedString this[string key] => texts[key];

    public override LocalizedString this[string key, params object[] arguments] => texts[key, arguments];
}
