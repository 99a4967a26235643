using Zadarma.Core.Calls;
using Zadarma.Core.Webhooks;
using Zadarma.Tests.Infrastructure;

namespace Zadarma.Tests.Unit.Calls;

/// <summary>The Result filter speaks of outcomes; each stands for the PBX's codes, and every code has its outcome.</summary>
public sealed class CallOutcomeTests : IAsyncLifetime
{
    private TestDatabase _db = default!;
    private CallList _list = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _list = new CallList(_db.Factory, _db.Settings);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public void Every_code_a_call_can_end_with_belongs_to_exactly_one_outcome()
    {
        var codes = Enum.GetValues<CallDisposition>().Except([CallDisposition.None, CallDisposition.Answered]);
        foreach (var code in codes)
            Assert.Single(CallOutcomes.Choices, o => CallOutcomes.Dispositions(o).Contains(code));
        Assert.Equal(CallOutcome.All, CallOutcomes.Choices[0]);
    }

    [Theory]
    [InlineData(CallOutcome.All, new[] { "answered", "missed", "busy-out", "limit", "unknown", "cancel-out", "live", "answered-late" })]
    [InlineData(CallOutcome.Answered, new[] { "answered", "answered-late" })]
    [InlineData(CallOutcome.Missed, new[] { "missed" })]
    [InlineData(CallOutcome.NoAnswer, new[] { "missed" })]
    [InlineData(CallOutcome.Busy, new[] { "busy-out" })]
    [InlineData(CallOutcome.Cancelled, new[] { "cancel-out" })]
    [InlineData(CallOutcome.Failed, new[] { "unknown" })]
    [InlineData(CallOutcome.AccountLimit, new[] { "limit" })]
    [InlineData(CallOutcome.InProgress, new[] { "live" })]
    public async Task Each_outcome_finds_the_calls_that_ended_its_way(CallOutcome outcome, string[] expected)
    {
        var start = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
        Call Ended(string id, CallDirection direction, CallDisposition disposition, string? answeredBy = null) => new()
        {
            PbxCallId = id, Direction = direction, Disposition = disposition, AnsweredBy = answeredBy,
            EventsSeen = WebhookEventType.NotifyStart | WebhookEventType.NotifyEnd, StartUtc = start, EndedUtc = start.AddMinutes(1),
        };
        await _db.AddCallAsync(Ended("answered", CallDirection.Incoming, CallDisposition.Answered, "100"));
        await _db.AddCallAsync(Ended("missed", CallDirection.Incoming, CallDisposition.NoAnswer));
        await _db.AddCallAsync(Ended("busy-out", CallDirection.Outgoing, CallDisposition.Busy));
        await _db.AddCallAsync(Ended("limit", CallDirection.Outgoing, CallDisposition.NoDayLimit));
        await _db.AddCallAsync(Ended("unknown", CallDirection.Outgoing, CallDisposition.Other));
        await _db.AddCallAsync(Ended("cancel-out", CallDirection.Outgoing, CallDisposition.Cancel));
        // A callback reports "busy" for one leg although the client was reached: it was answered, not busy.
        await _db.AddCallAsync(Ended("answered-late", CallDirection.Outgoing, CallDisposition.Busy, "101"));
        await _db.AddCallAsync(new Call { PbxCallId = "live", Direction = CallDirection.Incoming, StartUtc = start, EventsSeen = WebhookEventType.NotifyStart });

        var found = await _list.ListAsync(new CallQuery { Outcome = outcome, Take = 50 });

        Assert.Equal(expected.Order(), found.Items.Select(c => c.PbxCallId).Order());
    }
}
