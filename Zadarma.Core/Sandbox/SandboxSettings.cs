using System.Security.Cryptography;
using System.Text.Json;
using Zadarma.Core.Api;

namespace Zadarma.Core.Sandbox;

/// <summary>What the sandbox keeps between runs, in <c>sandbox-pbx.json</c> in the data folder.</summary>
public sealed record SandboxSettings(long PbxId, string Key, string Secret, Uri? WebhookUrl, WebhookNotifications Notifications)
{
    public const string FileName = "sandbox-pbx.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static SandboxSettings Generate() => new(
        RandomNumberGenerator.GetInt32(100_000, 1_000_000),
        // Zadarma's keys and secrets are 20 lowercase hex characters.
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10)),
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10)),
        null,
        WebhookNotifications.All);

    public static SandboxSettings? Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<SandboxSettings>(File.ReadAllText(path), Json) : null;

    public void Save(string path)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json));
        // The file holds the sandbox secret: readable by the app's user only.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temporary, path, overwrite: true);
    }

    // Records print every member; the secret must never reach a log.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("PbxId = ").Append(PbxId).Append(", Key = ").Append(Key);
        return true;
    }
}
