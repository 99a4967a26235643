using Microsoft.Extensions.Options;
using Zadarma.Core.Api;
using Zadarma.Core.Sandbox;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Sandbox;

public sealed class SandboxPbxTests : IDisposable
{
    private readonly string _data = TempFolder.Create("sandbox");

    public void Dispose() => TempFolder.Delete(_data);

    private SandboxPbx Pbx(string? key = null, string? secret = null) =>
        new(Options.Create(new SandboxOptions { DataPath = _data, Key = key, Secret = secret }), TimeProvider.System);

    [Fact]
    public void Generates_key_secret_and_pbx_id_once_and_keeps_them()
    {
        var first = Pbx();
        var second = Pbx();

        Assert.Matches("^[0-9a-f]{20}$", first.Key);
        Assert.Matches("^[0-9a-f]{20}$", first.Secret);
        Assert.NotEqual(first.Key, first.Secret);
        Assert.InRange(first.PbxId, 100_000, 999_999);
        Assert.Equal((first.Key, first.Secret, first.PbxId), (second.Key, second.Secret, second.PbxId));
        Assert.True(File.Exists(Path.Combine(_data, SandboxSettings.FileName)));
    }

    [Fact]
    public void Configured_key_and_secret_win_and_are_not_written()
    {
        var pbx = Pbx("configured-key", "configured-secret");

        Assert.Equal(("configured-key", "configured-secret"), (pbx.Key, pbx.Secret));
        Assert.DoesNotContain("configured-secret", File.ReadAllText(Path.Combine(_data, SandboxSettings.FileName)));
    }

    [Fact]
    public void Webhook_settings_survive_a_restart()
    {
        var notifications = WebhookNotifications.All with { Internal = false };
        var pbx = Pbx();
        pbx.SetWebhookUrl(new Uri("https://crm.test/exec/Zadarma.notify"));
        pbx.SetNotifications(notifications);

        var restarted = Pbx();

        Assert.Equal(new Uri("https://crm.test/exec/Zadarma.notify"), restarted.WebhookUrl);
        Assert.Equal(notifications, restarted.Notifications);
    }

    [Fact]
    public void Gives_one_webrtc_key_per_login()
    {
        var pbx = Pbx();

        Assert.Equal(pbx.WebRtcKeyFor("1-100"), pbx.WebRtcKeyFor("1-100"));
        Assert.NotEqual(pbx.WebRtcKeyFor("1-100"), pbx.WebRtcKeyFor("1-101"));
    }

    [Fact]
    public void Credentials_point_at_the_sandbox_prefix()
    {
        var pbx = Pbx();

        Assert.Equal(new Uri("http://crm.test/app/sandbox/zadarma/"), pbx.CredentialsAt(new Uri("http://crm.test/app")).BaseUrl);
    }

    [Fact]
    public void Recording_audio_is_a_valid_wav()
    {
        var wav = SandboxRecordingAudio.Bytes;

        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal("WAVE", System.Text.Encoding.ASCII.GetString(wav, 8, 4));
        Assert.Equal(wav.Length - 8, BitConverter.ToInt32(wav, 4));
        Assert.Equal(wav.Length - 44, BitConverter.ToInt32(wav, 40));
        Assert.Equal(3 * 8000 * 2, wav.Length - 44);
        Assert.Contains(wav.Skip(44), b => b != 0);
    }
}
