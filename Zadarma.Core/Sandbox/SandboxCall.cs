namespace Zadarma.Core.Sandbox;

/// <summary>A call the sandbox simulated, as PBX statistics report it. <see cref="Start"/> is in the PBX time zone.</summary>
public sealed record SandboxCall(
    string PbxCallId,
    string CallId,
    string? CallIdWithRec,
    DateTime Start,
    int Extension,
    string Clid,
    string Destination,
    string Disposition,
    int Seconds);
