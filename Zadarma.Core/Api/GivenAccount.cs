namespace Zadarma.Core.Api;

/// <summary>
/// The request option that names the account a request is for, when it is not the saved one: credentials being tested
/// before they are saved travel with their own requests, so concurrent calls for the saved account are unaffected.
/// </summary>
public static class GivenAccount
{
    public const string Option = "Zadarma.Account";

    internal static readonly HttpRequestOptionsKey<ZadarmaCredentials?> Key = new(Option);
}
