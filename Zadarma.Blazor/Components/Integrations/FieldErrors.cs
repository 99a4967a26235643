using Microsoft.Extensions.Localization;
using Zadarma.Core.Settings;

namespace Zadarma.Blazor.Components.Integrations;

/// <summary>What is wrong with the Zadarma tab's fields, worded for the field each error belongs to.</summary>
public sealed class FieldErrors(IReadOnlyList<ZadarmaConnectionError> errors, IStringLocalizer<Strings> l)
{
    public IReadOnlyList<ZadarmaConnectionError> All { get; } = errors;

    public bool Has(ZadarmaConnectionError error) => All.Contains(error);

    /// <summary>The text under the field, or null when the field is right.</summary>
    public string? Text(ZadarmaConnectionError error) => Has(error) ? l[$"Zadarma.Invalid.{error}"].Value : null;
}
