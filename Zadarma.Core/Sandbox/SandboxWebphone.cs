using System.Collections.Frozen;

namespace Zadarma.Core.Sandbox;

/// <summary>
/// A local stand-in for Zadarma's WebRTC widget, so the phone in the browser can be seen and tested without an
/// account or network. Two scripts mirror Zadarma's two loaders and expose the same <c>zadarmaWidgetFn</c>.
/// </summary>
public static class SandboxWebphone
{
    public const string LibScript = "loader-phone-lib.js";
    public const string FnScript = "loader-phone-fn.js";

    /// <summary>The scripts in load order, relative to the app's base address.</summary>
    public static readonly IReadOnlyList<string> Scripts =
        [$"{SandboxPaths.Webphone.TrimStart('/')}/{LibScript}", $"{SandboxPaths.Webphone.TrimStart('/')}/{FnScript}"];

    private static readonly FrozenDictionary<string, string> Files = new[] { LibScript, FnScript }
        .ToFrozenDictionary(name => name, Read, StringComparer.Ordinal);

    /// <summary>The script's text, or null for a name that is not one of the two.</summary>
    public static string? Find(string name) => Files.GetValueOrDefault(name);

    private static string Read(string name)
    {
        using var stream = typeof(SandboxWebphone).Assembly.GetManifestResourceStream($"Zadarma.Sandbox.Webphone.{name}")
            ?? throw new InvalidOperationException($"The sandbox webphone script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
