using Microsoft.Extensions.Localization;
using Zadarma.Core.Api;

namespace Zadarma.Blazor.Components.Integrations;

/// <summary>Why a Zadarma call failed, in the user's words.</summary>
public static class ZadarmaErrorText
{
    public static string For(IStringLocalizer<Strings> l, ZadarmaException e) => e.Kind switch
    {
        ZadarmaErrorKind.RateLimited => l["Zadarma.Error.RateLimited", Math.Max(1, (int)Math.Ceiling((e.RetryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds))],
        ZadarmaErrorKind.Rejected => l["Zadarma.Error.Rejected", e.ZadarmaMessage ?? e.Status?.ToString() ?? ""],
        _ => l[$"Zadarma.Error.{e.Kind}"],
    };
}
