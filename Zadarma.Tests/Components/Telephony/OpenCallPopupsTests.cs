using Zadarma.Blazor.Components.Telephony;
using Zadarma.Core.Calls;
using Zadarma.Core.Notifications;

namespace Zadarma.Tests.Components.Telephony;

/// <summary>A tab keeps a bounded number of popups open, however many calls arrive while nobody renders them.</summary>
public sealed class OpenCallPopupsTests
{
    private static CallPopup Popup(int callId, CallPopupState state = CallPopupState.Ringing) =>
        new(callId, $"in_{callId}", CallDirection.Incoming, "+79991234567", false, [], state, null, CallDisposition.None, null, null, [], null, null);

    [Fact]
    public void A_tab_that_hears_many_calls_keeps_the_newest_few()
    {
        var popups = new OpenCallPopups();

        for (var call = 1; call <= 50; call++)
            popups.Show(Popup(call));

        Assert.Equal(OpenCallPopups.MaxOpen, popups.Open.Count);
        Assert.Equal(Enumerable.Range(50 - OpenCallPopups.MaxOpen + 1, OpenCallPopups.MaxOpen).Reverse(), popups.Open.Select(p => p.CallId));
        Assert.Equal(50, popups.HeardCount);
    }

    [Fact]
    public void Ended_calls_make_room_before_live_ones()
    {
        var popups = new OpenCallPopups();
        popups.Show(Popup(1));
        popups.Show(Popup(2, CallPopupState.Ended));
        for (var call = 3; call <= OpenCallPopups.MaxOpen + 1; call++)
            popups.Show(Popup(call));

        Assert.DoesNotContain(popups.Open, p => p.CallId == 2);
        Assert.Contains(popups.Open, p => p.CallId == 1);
    }

    [Fact]
    public void A_popup_that_made_room_stays_closed_when_its_call_changes()
    {
        var popups = new OpenCallPopups();
        for (var call = 1; call <= OpenCallPopups.MaxOpen + 1; call++)
            popups.Show(Popup(call));

        popups.Show(Popup(1, CallPopupState.Ended));

        Assert.DoesNotContain(popups.Open, p => p.CallId == 1);
        Assert.Equal(OpenCallPopups.MaxOpen, popups.Open.Count);
    }
}
