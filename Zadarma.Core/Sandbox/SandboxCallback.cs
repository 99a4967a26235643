namespace Zadarma.Core.Sandbox;

/// <summary>A click-to-call request the sandbox received, parameters as sent.</summary>
public sealed record SandboxCallback(string From, string To, string? Sip, bool Predicted, DateTimeOffset ReceivedAt);
