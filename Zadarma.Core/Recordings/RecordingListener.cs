using Zadarma.Core.Accounts;

namespace Zadarma.Core.Recordings;

/// <summary>The signed-in person who asks to hear or download a recording.</summary>
public sealed record RecordingListener(int UserId, string UserName, Role Role);
