using Zadarma.Core.Directory;
using Microsoft.Extensions.Localization;

namespace Zadarma.Blazor.Components.Crm;

/// <summary>Why a typed number was refused, in the user's words.</summary>
public static class PhoneErrorText
{
    public static string For(IStringLocalizer<Strings> l, PhoneError error, Country country) =>
        l[$"Phone.Error.{error}", CountryText.Name(l, country), country.CallingCode];
}
