namespace Zadarma.Core.Directory;

/// <summary>Why a typed number could not be read as a phone number.</summary>
public enum PhoneError
{
    None,
    Empty,
    InvalidCharacters,
    TooShort,
    TooLong,
    NotValidForCountry,
}
