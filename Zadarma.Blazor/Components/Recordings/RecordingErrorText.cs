using Microsoft.Extensions.Localization;
using Zadarma.Blazor.Components.Integrations;
using Zadarma.Core.Api;
using Zadarma.Core.Recordings;

namespace Zadarma.Blazor.Components.Recordings;

/// <summary>Why a recording cannot be played, in the user's words.</summary>
public static class RecordingErrorText
{
    public static string For(IStringLocalizer<Strings> l, Exception e) => e switch
    {
        ZadarmaException zadarma => ZadarmaErrorText.For(l, zadarma),
        RecordingDownloadException { Error: RecordingDownloadError.TooLarge, MaxBytes: { } max } =>
            l["Recordings.Error.TooLarge", Math.Max(1, (long)Math.Ceiling(max / 1024d / 1024d))],
        RecordingDownloadException download => l[$"Recordings.Error.{download.Error}"],
        _ => l["Recordings.Error.Unknown"],
    };
}
