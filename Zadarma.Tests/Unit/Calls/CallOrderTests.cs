using System.Text.Json;
using Zadarma.Core.Calls;
using Zadarma.Core.Directory;
using Zadarma.Core.Webhooks;
using static Zadarma.Tests.Unit.Webhooks.Notifications;

namespace Zadarma.Tests.Unit.Calls;

/// <summary>
/// The journal's central promise: notifications arrive in any order and may repeat, and the call comes out
/// the same. Every permutation of each realistic sequence is applied, also with each notification repeated
/// (later, as a retried delivery would be) at every position.
/// </summary>
public sealed class CallOrderTests
{
    private const int MoscowOffset = 180;
    private const string Client = "79991234567";
    private static readonly Country Russia = Country.Find("RU")!;
    private static readonly DateTime T0 = new(2024, 1, 15, 7, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string> Sequences => new(Scenarios.Keys);

    private static readonly Dictionary<string, WebhookEvent[]> Scenarios = new()
    {
        ["incoming answered"] =
        [
            Event(Start("in_a", Client), T0),
            Event(Internal("in_a", Client, "100"), T0.AddSeconds(1)),
            Event(Answer("in_a", Client, "100"), T0.AddSeconds(8)),
            Event(End("in_a", Client, "100", "answered", 42), T0.AddSeconds(50)),
        ],
        ["incoming missed, two extensions ringing"] =
        [
            Event(Start("in_m", Client), T0),
            Event(Internal("in_m", Client, "100"), T0.AddSeconds(1)),
            Event(Internal("in_m", Client, "101"), T0.AddSeconds(1)),
            Event(End("in_m", Client, "101", "no answer", 0, statusCode: "19"), T0.AddSeconds(30)),
            Event(Fields(("event", "NOTIFY_INTERNAL_END"), ("call_start", CallStart), ("pbx_call_id", "in_m"), ("caller_id", Client),
                ("called_did", Did), ("internal", "100")), T0.AddSeconds(31)),
        ],
        ["incoming busy"] =
        [
            Event(Start("in_b", Client), T0),
            Event(Internal("in_b", Client, "100"), T0.AddSeconds(1)),
            Event(End("in_b", Client, "100", "busy", 0, statusCode: "17"), T0.AddSeconds(2)),
        ],
        ["callback with OUT_START, OUT_END and END"] =
        [
            Event(OutStart("out_c", "100", Client), T0),
            Event(OutEnd("out_c", "100", Client, "answered", 61), T0.AddSeconds(70)),
            Event(End("out_c", "100", "100", "answered", 65), T0.AddSeconds(71)),
            Event(Start("out_c", "100"), T0),
        ],
        ["recording via NOTIFY_RECORD"] =
        [
            Event(Start("in_r", Client), T0),
            Event(Answer("in_r", Client, "102"), T0.AddSeconds(4)),
            Event(End("in_r", Client, "102", "answered", 30, recording: "rec-1"), T0.AddSeconds(35)),
            Event(Record("in_r", "rec-1"), T0.AddSeconds(75)),
            Event(Record("in_r", "rec-2"), T0.AddSeconds(76)),
        ],
        ["recording via END is_recorded"] =
        [
            Event(Start("in_e", Client), T0),
            Event(Answer("in_e", Client, "100"), T0.AddSeconds(3)),
            Event(End("in_e", Client, "100", "answered", 12, recording: "rec-9"), T0.AddSeconds(16)),
        ],
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Every_order_with_repeats_gives_the_same_call(string scenario)
    {
        var events = Scenarios[scenario];
        var expected = Snapshot(ApplyAll(events));
        var orders = 0;
        foreach (var order in Permutations(events))
        {
            Assert.Equal(expected, Snapshot(ApplyAll(order)));
            foreach (var repeated in WithOneRepeat(order))
                Assert.Equal(expected, Snapshot(ApplyAll(repeated)));
            orders++;
        }
        Assert.True(orders >= 6);
    }

    [Fact]
    public void An_answered_incoming_call_is_complete()
    {
        var call = ApplyAll(Scenarios["incoming answered"]);
        Assert.Equal(CallDirection.Incoming, call.Direction);
        Assert.Equal("+79991234567", call.ClientNumber);
        Assert.Equal(Client, call.ClientNumberRaw);
        Assert.Equal(Did, call.Did);
        Assert.Equal(["100"], call.Extensions);
        Assert.Equal("100", call.AnsweredBy);
        Assert.Equal(T0, call.StartUtc);
        Assert.Equal(T0.AddSeconds(8), call.AnsweredUtc);
        Assert.Equal(T0.AddSeconds(50), call.EndedUtc);
        Assert.Equal(8, call.WaitSeconds);
        Assert.Equal(42, call.TalkSeconds);
        Assert.Equal(CallDisposition.Answered, call.Disposition);
        Assert.Equal(16, call.StatusCode);
        Assert.False(call.IsRecorded);
        Assert.True(call.IsEnded);
    }

    [Fact]
    public void A_missed_call_keeps_every_extension_that_rang()
    {
        var call = ApplyAll(Scenarios["incoming missed, two extensions ringing"]);
        Assert.Equal(["100", "101"], call.Extensions);
        Assert.Null(call.AnsweredBy);
        Assert.Equal(CallDisposition.NoAnswer, call.Disposition);
        Assert.Equal(0, call.TalkSeconds);
        Assert.Equal(30, call.WaitSeconds);
    }

    [Fact]
    public void A_callback_is_outgoing_to_the_client_and_answered_wins()
    {
        var call = ApplyAll(Scenarios["callback with OUT_START, OUT_END and END"]);
        Assert.Equal(CallDirection.Outgoing, call.Direction);
        Assert.Equal("+79991234567", call.ClientNumber);
        Assert.Equal(CallDisposition.Answered, call.Disposition);
        Assert.Equal(65, call.DurationSeconds);
    }

    [Fact]
    public void Recordings_from_END_and_RECORD_are_all_kept()
    {
        var call = ApplyAll(Scenarios["recording via NOTIFY_RECORD"]);
        Assert.True(call.IsRecorded);
        Assert.Equal(["rec-1", "rec-2"], call.RecordingIds);
        Assert.Equal(["rec-9"], ApplyAll(Scenarios["recording via END is_recorded"]).RecordingIds);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("")]
    [InlineData("anonymous")]
    [InlineData("Unknown")]
    [InlineData("000")]
    public void A_hidden_number_is_anonymous(string callerId)
    {
        var call = ApplyAll([Event(Start("in_h", callerId), T0)]);
        Assert.True(call.IsAnonymous);
        Assert.Null(call.ClientNumber);
    }

    [Fact]
    public void An_unknown_disposition_is_kept_verbatim()
    {
        var call = ApplyAll([Event(End("in_u", Client, "100", "network congestion", 0), T0)]);
        Assert.Equal(CallDisposition.Other, call.Disposition);
        Assert.Equal("network congestion", call.DispositionRaw);
    }

    private static Call ApplyAll(IEnumerable<WebhookEvent> events)
    {
        Call? call = null;
        foreach (var webhook in events)
        {
            call ??= new Call { PbxCallId = webhook.PbxCallId! };
            call.Apply(webhook, MoscowOffset, Russia);
        }
        return call!;
    }

    private static string Snapshot(Call call) => JsonSerializer.Serialize(call);

    private static IEnumerable<WebhookEvent[]> Permutations(WebhookEvent[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }
        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
                yield return [items[i], .. tail];
        }
    }

    /// <summary>The order with one notification delivered again, a minute later, at each possible position.</summary>
    private static IEnumerable<WebhookEvent[]> WithOneRepeat(WebhookEvent[] order)
    {
        foreach (var original in order)
        {
            var repeat = Event(original.Fields.ToList(), original.ReceivedUtc.AddMinutes(1));
            for (var position = 0; position <= order.Length; position++)
                yield return [.. order[..position], repeat, .. order[position..]];
        }
    }
}
