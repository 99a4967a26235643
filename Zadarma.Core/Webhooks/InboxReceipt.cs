namespace Zadarma.Core.Webhooks;

/// <summary>The notification is durably stored; a duplicate was stored earlier and is not applied again.</summary>
public sealed record InboxReceipt(bool IsDuplicate);
