namespace Zadarma.Core.Settings;

/// <summary>The app's settings, one row, changed by admins on the Settings page.</summary>
public sealed class AppSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Country whose national formats are assumed for numbers typed without a country code.</summary>
    public string DefaultCountry { get; set; } = "RU";

    /// <summary>How many trailing digits make two numbers "the same" when no exact match exists.</summary>
    public int PhoneSuffixDigits { get; set; } = 9;

    /// <summary>
    /// The PBX account's time zone as minutes east of UTC. Webhook times (<c>call_start</c>) carry no offset
    /// and are read in this zone. Zadarma accounts default to Moscow, UTC+3.
    /// </summary>
    public int PbxUtcOffsetMinutes { get; set; } = 180;

    public AppSettings Copy() => (AppSettings)MemberwiseClone();
}
