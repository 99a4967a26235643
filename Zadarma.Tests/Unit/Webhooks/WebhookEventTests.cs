using Zadarma.Core.Webhooks;
using static Zadarma.Tests.Unit.Webhooks.Notifications;

namespace Zadarma.Tests.Unit.Webhooks;

public sealed class WebhookEventTests
{
    private static readonly DateTime Received = new(2024, 1, 15, 7, 0, 5, DateTimeKind.Utc);

    [Fact]
    public void Every_field_is_kept_in_order_including_unknown_ones()
    {
        var fields = Fields(("event", "NOTIFY_OUT_END"), ("z_new", "1"), ("pbx_call_id", "out_1"), ("wait_dtmf[1]", "2"), ("wait_dtmf[1]", "3"));
        var webhook = Event(fields, Received);
        Assert.Equal(fields, webhook.Fields);

        var stored = WebhookEvent.FromStored(webhook.FieldsJson(), Received);
        Assert.Equal(fields, stored.Fields);
        Assert.Equal(webhook.Key, stored.Key);
    }

    [Fact]
    public void Unknown_event_names_are_kept()
    {
        var webhook = Event(Fields(("event", "SPEECH_RECOGNITION"), ("pbx_call_id", "in_1")), Received);
        Assert.Equal(WebhookEventType.Unknown, webhook.Type);
        Assert.Equal("SPEECH_RECOGNITION", webhook.Name);
        Assert.Null(webhook.Validate());
    }

    [Fact]
    public void A_missing_event_name_is_unreadable()
    {
        Assert.False(WebhookEvent.TryRead(Fields(("pbx_call_id", "in_1")), Received, out _, out var error));
        Assert.Contains("event", error);
    }

    [Theory]
    [InlineData("pbx_call_id", "", "pbx_call_id")]
    [InlineData("call_start", "", "call_start")]
    [InlineData("call_start", "15.01.2024 10:00", "call_start")]
    [InlineData("duration", "ten", "duration")]
    [InlineData("status_code", "normal", "status_code")]
    public void Malformed_fields_are_named(string field, string value, string reason)
    {
        var fields = End("in_1", "79991234567", "100", "answered", 42)
            .Select(f => f.Key == field ? KeyValuePair.Create(f.Key, value) : f).ToList();
        Assert.Contains(reason, Event(fields, Received).Validate());
    }

    [Fact]
    public void A_repeat_has_the_same_key_and_different_events_do_not()
    {
        var end = Event(End("in_1", "79991234567", "100", "answered", 42), Received);
        var repeat = Event(End("in_1", "79991234567", "100", "answered", 42), Received.AddSeconds(3));
        var otherLeg = Event(End("in_1", "79991234567", "101", "answered", 42), Received);
        var ringing100 = Event(Internal("in_1", "79991234567", "100"), Received);
        var ringing101 = Event(Internal("in_1", "79991234567", "101"), Received);
        var record1 = Event(Record("in_1", "rec-1"), Received);
        var record2 = Event(Record("in_1", "rec-2"), Received);

        Assert.Equal(end.Key, repeat.Key);
        Assert.Equal(5, new[] { end.Key, otherLeg.Key, ringing100.Key, ringing101.Key, record1.Key }.Distinct().Count());
        Assert.NotEqual(record1.Key, record2.Key);
    }
}
