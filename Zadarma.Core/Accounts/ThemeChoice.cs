namespace Zadarma.Core.Accounts;

/// <summary>Light or dark screens, as the user chose; <see cref="System"/> follows the device.</summary>
public enum ThemeChoice
{
    System,
    Light,
    Dark,
}
