namespace Zadarma.Tests.Web.Sandbox;

/// <summary>A webhook as the stand-in receiver got it.</summary>
public sealed record ReceivedWebhook(string Path, IReadOnlyDictionary<string, string> Fields, string Signature)
{
    public string Event => Fields["event"];

    public string this[string name] => Fields[name];
}
