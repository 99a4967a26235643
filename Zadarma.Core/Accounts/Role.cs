namespace Zadarma.Core.Accounts;

/// <summary>What a signed-in person may do. Stored by name so the database reads plainly.</summary>
public enum Role
{
    /// <summary>Takes calls, sees own calls, calls clients.</summary>
    Agent,

    /// <summary>Sees every call and listens to recordings.</summary>
    Supervisor,

    /// <summary>Connects Zadarma, maps extensions, manages users.</summary>
    Admin,
}

/// <summary>Authorization policy names, one per role level; a higher role satisfies a lower policy.</summary>
public static class Policies
{
    public const string Agent = nameof(Agent);
    public const string Supervisor = nameof(Supervisor);
    public const string Admin = nameof(Admin);
}
