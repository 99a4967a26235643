namespace Zadarma.Core.Calls;

/// <summary>Ordered so that merging takes the maximum: any sign of an outgoing leg makes the call outgoing.</summary>
public enum CallDirection
{
    Unknown = 0,
    Incoming = 1,
    Outgoing = 2,
}
