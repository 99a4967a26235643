namespace Zadarma.Core.Directory;

/// <summary>One of a client's phone numbers, kept in E.164 and reversed for suffix lookup.</summary>
public sealed class ClientPhone
{
    public int Id { get; set; }
    public int ClientId { get; set; }
    public Client? Client { get; set; }
    public string Label { get; set; } = "";
    public required string E164 { get; set; }

    /// <summary>E.164 digits reversed: "ends with the last N digits" becomes an indexed range scan.</summary>
    public required string ReversedDigits { get; set; }

    public static ClientPhone From(string label, PhoneNumber number) =>
        new() { Label = label.Trim(), E164 = number.E164, ReversedDigits = number.ReversedDigits };
}
