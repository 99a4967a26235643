using Zadarma.Core.Webhooks;
using static Zadarma.Tests.Unit.Webhooks.Notifications;

namespace Zadarma.Tests.Unit.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string Record = "in_ae6b03b3b0765d127ec0b739209346bbc4f0d52d";

    /// <summary>The webhook rows of vectors.md.</summary>
    public static TheoryData<string, string, string> Vectors => new()
    {
        { "NOTIFY_START", "caller_id=79991234567&called_did=74951234567&call_start=2024-01-15 10:00:00&pbx_call_id=in_1", "ZGMxNjA4N2M3MDA0OWQ2NzczMjAzNzNhOGM2MjA2ZWIxZDZkNTNhZA==" },
        { "NOTIFY_ANSWER", "caller_id=79991234567&destination=100&call_start=2024-01-15 10:00:00&pbx_call_id=in_1&internal=100", "MmQ3OGRjZjY0ZWZjYjhmMGVjYmNmNmQzNGExNTFiNDgwNzA4MTRiMA==" },
        { "NOTIFY_OUT_START", "internal=100&destination=79991234567&call_start=2024-01-15 10:00:00&pbx_call_id=out_1", "ZDEwMWZkNmYzM2E1NzUyMTQ0NWJjZWE1NjZiZTExOWJmM2U3NjVkOA==" },
        { "NOTIFY_RECORD", $"pbx_call_id={Record}&call_id_with_rec=1-1458313316.343456-100-2016-01-11-100155", "MTA5OTc3ZTAwMjM1MDVhOGI1ZjFmODFhMGQ3MWE4ZWEzZDUzNGEzOQ==" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Every_vector_is_accepted(string name, string fields, string signature)
    {
        var webhook = Parse(name, fields);
        Assert.True(WebhookSignature.IsValid(webhook, Secret, signature));
        Assert.Equal(signature, WebhookSignature.Sign(webhook, Secret));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void A_missing_signature_is_refused(string name, string fields, string signature)
    {
        var webhook = Parse(name, fields);
        Assert.False(WebhookSignature.IsValid(webhook, Secret, null));
        Assert.False(WebhookSignature.IsValid(webhook, Secret, ""));
        Assert.False(WebhookSignature.IsValid(webhook, "another-secret", signature));
    }

    [Fact]
    public void The_raw_digest_variant_is_refused()
    {
        var webhook = Parse("NOTIFY_START", "caller_id=79991234567&called_did=74951234567&call_start=2024-01-15 10:00:00");
        Assert.False(WebhookSignature.IsValid(webhook, Secret, "3BYIfHAEnWdzIDc6jGIG6x1tU60="));
    }

    [Theory]
    [InlineData("caller_id", "79991234568")]
    [InlineData("called_did", "74951234568")]
    [InlineData("call_start", "2024-01-15 10:00:01")]
    public void A_field_changed_after_signing_is_refused(string field, string value)
    {
        const string signature = "ZGMxNjA4N2M3MDA0OWQ2NzczMjAzNzNhOGM2MjA2ZWIxZDZkNTNhZA==";
        var fields = string.Join('&', "caller_id=79991234567&called_did=74951234567&call_start=2024-01-15 10:00:00"
            .Split('&').Select(p => p.StartsWith(field + "=", StringComparison.Ordinal) ? $"{field}={value}" : p));
        Assert.False(WebhookSignature.IsValid(Parse("NOTIFY_START", fields), Secret, signature));
    }

    [Fact]
    public void An_unknown_event_is_accepted_when_signed_like_a_known_one()
    {
        var fields = Fields(("event", "NOTIFY_INTERNAL_END"), ("caller_id", "79991234567"), ("called_did", "74951234567"),
            ("call_start", "2024-01-15 10:00:00"), ("internal", "100"), ("pbx_call_id", "in_1"));
        var webhook = Event(fields, DateTime.UtcNow);
        Assert.Equal(WebhookEventType.Unknown, webhook.Type);
        Assert.True(WebhookSignature.IsValid(webhook, Secret, "ZGMxNjA4N2M3MDA0OWQ2NzczMjAzNzNhOGM2MjA2ZWIxZDZkNTNhZA=="));
        Assert.False(WebhookSignature.IsValid(webhook, Secret, "MmQ3OGRjZjY0ZWZjYjhmMGVjYmNmNmQzNGExNTFiNDgwNzA4MTRiMA=="));
    }

    [Fact]
    public void An_unknown_event_with_no_known_shape_is_refused()
    {
        var webhook = Event(Fields(("event", "SPEECH_RECOGNITION"), ("text", "hello")), DateTime.UtcNow);
        Assert.False(WebhookSignature.IsValid(webhook, Secret, Core.Api.ZadarmaHmac.Sign(Secret, "hello")));
    }

    private static WebhookEvent Parse(string name, string fields) =>
        Event(Fields(("event", name)).Concat(fields.Split('&').Select(p => p.Split('=', 2)).Select(p => KeyValuePair.Create(p[0], p[1]))).ToList(), DateTime.UtcNow);
}
