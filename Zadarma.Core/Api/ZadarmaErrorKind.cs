namespace Zadarma.Core.Api;

/// <summary>Why a Zadarma call failed, in the terms the UI explains to an admin.</summary>
public enum ZadarmaErrorKind
{
    /// <summary>Wrong key or secret (HTTP 401/403).</summary>
    Unauthorized,

    /// <summary>Too many requests, refused here or by Zadarma; see <see cref="ZadarmaException.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>No answer in time, a network failure or a server error.</summary>
    Unreachable,

    /// <summary>Zadarma understood the request and refused it; see <see cref="ZadarmaException.ZadarmaMessage"/>.</summary>
    Rejected,

    /// <summary>The reply was not the JSON Zadarma documents.</summary>
    InvalidReply,

    /// <summary>No account is set up yet, or the saved secret can no longer be decrypted.</summary>
    NotConfigured,
}
