using Microsoft.Extensions.Localization;
using Zadarma.Blazor.Components.Integrations;
using Zadarma.Core.Telephony;

namespace Zadarma.Blazor.Components.Telephony;

/// <summary>Why a click-to-call did not start, in the agent's words.</summary>
public static class CallbackErrorText
{
    public static string For(IStringLocalizer<Strings> l, CallbackResult result) => result switch
    {
        { Error: CallbackError.Zadarma, Zadarma: { } zadarma } => ZadarmaErrorText.For(l, zadarma),
        _ => l[$"ClickToCall.Error.{result.Error}"],
    };
}
