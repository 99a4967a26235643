namespace Zadarma.Blazor.Security;

/// <summary>The <c>Security</c> section of the app's configuration.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Origins allowed to show the app in a frame besides the app itself, separated by spaces: the host CRM's address
    /// when it embeds the app (for example <c>https://crm.example.com</c>). Empty: only the app itself.
    /// </summary>
    public string FrameAncestors { get; set; } = "";

    public IReadOnlyList<string> FrameAncestorOrigins =>
        FrameAncestors.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
