namespace Zadarma.Core.Recordings;

/// <summary>The links of one request and when Zadarma stops honouring them.</summary>
public sealed record CachedLinks(IReadOnlyList<Uri> Links, DateTime ValidUntilUtc);
