using Microsoft.Net.Http.Headers;
using Zadarma.Blazor.Components.Recordings;
using Zadarma.Core.Api;
using Zadarma.Core.Recordings;

namespace Zadarma.Blazor.Endpoints;

/// <summary>
/// <c>GET /recordings/{callId}/{recordingId}</c>: one address for a recording in both modes. The permission is checked
/// on every request; then a local copy is streamed with byte ranges (so the player can seek), or the browser is sent
/// to a fresh Zadarma link. <c>?download=1</c> asks for a file to save; <c>?play=</c> carries the token of a replay
/// after a renewed link (<see cref="CallRecordings.RenewAsync"/>), which is the same play and not audited again.
/// </summary>
public static class RecordingEndpoints
{
    public static IEndpointRouteBuilder MapRecordings(this IEndpointRouteBuilder app)
    {
        app.MapGet("/recordings/{callId:int}/{recordingId}", OpenAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> OpenAsync(
        int callId, string recordingId, string? download, string? play, HttpContext http, CallRecordings recordings, ILogger<CallRecordings> logger, CancellationToken ct)
    {
        if (http.User.AsListener() is not { } listener)
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        var downloading = download is "1" or "true";
        var action = downloading ? RecordingAction.Download : RecordingAction.Play;

        RecordingOpening opening;
        try
        {
            var audited = downloading || StartsAtBeginning(http.Request) && !recordings.Continues(play, listener, callId, recordingId);
            opening = await recordings.OpenAsync(listener, callId, recordingId, action, audited, ct);
        }
        catch (Exception e) when (e is ZadarmaException or RecordingDownloadException)
        {
            logger.LogWarning(e, "Recording {RecordingId} of call {CallId} could not be opened", recordingId, callId);
            return Results.StatusCode(StatusCodes.Status502BadGateway);
        }

        switch (opening.Outcome)
        {
            case RecordingOutcome.Remote:
                // The link is a bearer URL that expires: never let a cache replay this redirect.
                http.Response.Headers.CacheControl = "no-store";
                return Results.Redirect(opening.Link!.AbsoluteUri);
            case RecordingOutcome.Local:
                var file = opening.File!;
                http.Response.Headers.CacheControl = "private, no-cache";
                return TypedResults.PhysicalFile(file.Path, file.ContentType, downloading ? file.DownloadName : null, enableRangeProcessing: true);
            case RecordingOutcome.Forbidden:
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            default:
                return Results.NotFound();
        }
    }

    /// <summary>A player asks for the start when it begins a play, and for later bytes when it seeks: only the start is a play.</summary>
    private static bool StartsAtBeginning(HttpRequest request)
    {
        if (!request.Headers.ContainsKey(HeaderNames.Range))
            return true;
        var ranges = request.GetTypedHeaders().Range?.Ranges;
        return ranges is null || ranges.Count == 0 || ranges.First().From == 0;
    }
}
