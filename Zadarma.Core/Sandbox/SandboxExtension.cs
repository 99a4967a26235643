namespace Zadarma.Core.Sandbox;

/// <summary>An extension of the sandbox PBX.</summary>
public sealed record SandboxExtension(int Number, string Name, bool IsOnline);
