using Zadarma.Core.Api;
using Zadarma.Core.Sandbox;

namespace Zadarma.Tests.Unit.Sandbox;

/// <summary>The webhook rows of shared/zadarma/vectors.md, signed as the sandbox signs what it posts.</summary>
public sealed class SandboxWebhookTests
{
    private const string Secret = "0123456789abcdef0123";

    public static TheoryData<SandboxWebhook, string> Vectors => new()
    {
        {
            SandboxWebhook.Of("NOTIFY_START", ("caller_id", "79991234567"), ("called_did", "74951234567"), ("call_start", "2024-01-15 10:00:00")),
            "ZGMxNjA4N2M3MDA0OWQ2NzczMjAzNzNhOGM2MjA2ZWIxZDZkNTNhZA=="
        },
        {
            SandboxWebhook.Of("NOTIFY_ANSWER", ("caller_id", "79991234567"), ("destination", "100"), ("call_start", "2024-01-15 10:00:00")),
            "MmQ3OGRjZjY0ZWZjYjhmMGVjYmNmNmQzNGExNTFiNDgwNzA4MTRiMA=="
        },
        {
            SandboxWebhook.Of("NOTIFY_OUT_START", ("internal", "100"), ("destination", "79991234567"), ("call_start", "2024-01-15 10:00:00")),
            "ZDEwMWZkNmYzM2E1NzUyMTQ0NWJjZWE1NjZiZTExOWJmM2U3NjVkOA=="
        },
        {
            SandboxWebhook.Of("NOTIFY_RECORD", ("pbx_call_id", "in_ae6b03b3b0765d127ec0b739209346bbc4f0d52d"), ("call_id_with_rec", "1-1458313316.343456-100-2016-01-11-100155")),
            "MTA5OTc3ZTAwMjM1MDVhOGI1ZjFmODFhMGQ3MWE4ZWEzZDUzNGEzOQ=="
        },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Signs_the_vector_webhooks(SandboxWebhook webhook, string signature) =>
        Assert.Equal(signature, ZadarmaHmac.Sign(Secret, webhook.SignedData));

    [Fact]
    public void The_raw_digest_of_notify_start_does_not_verify()
    {
        var start = SandboxWebhook.Of("NOTIFY_START", ("caller_id", "79991234567"), ("called_did", "74951234567"), ("call_start", "2024-01-15 10:00:00"));

        Assert.False(ZadarmaHmac.Matches(Secret, start.SignedData, "3BYIfHAEnWdzIDc6jGIG6x1tU60="));
    }

    [Fact]
    public void Puts_the_event_first_in_the_form()
    {
        var webhook = SandboxWebhook.Of("NOTIFY_RECORD", ("pbx_call_id", "in_1"));

        Assert.Equal(new KeyValuePair<string, string>("event", "NOTIFY_RECORD"), webhook.Fields[0]);
    }
}
