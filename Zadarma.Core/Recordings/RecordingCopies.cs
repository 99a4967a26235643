using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Zadarma.Core.Api;
using Zadarma.Core.Concurrency;

namespace Zadarma.Core.Recordings;

/// <summary>
/// Copies of recordings in the data folder, for "play from a local copy": each is fetched from Zadarma once,
/// streamed to a temporary file (never held whole in memory) and moved into place when complete, so a reader
/// never sees half a file. Later plays are served from the copy.
/// </summary>
public sealed class RecordingCopies
{
    public const string HttpClientName = "Recordings";

    private static readonly string[] Extensions = [".mp3", ".wav"];

    private readonly IHttpClientFactory _http;
    private readonly RecordingOptions _options;
    private readonly ILogger<RecordingCopies> _logger;
    private readonly ResiliencePipeline _retry;
    private readonly InFlight<RecordingFile> _downloads = new();

    public RecordingCopies(IHttpClientFactory http, IOptions<RecordingOptions> options, ILogger<RecordingCopies> logger)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
        _retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(0, _options.DownloadAttempts - 1),
                Delay = _options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                // The link request has its own quick retries; a network that is down for longer gets these too.
                ShouldHandle = new PredicateBuilder()
                    .Handle<RecordingDownloadException>(e => e.IsTransient)
                    .Handle<ZadarmaException>(e => e.Kind == ZadarmaErrorKind.Unreachable),
                OnRetry = args =>
                {
                    _logger.LogWarning(args.Outcome.Exception, "Recording download failed, attempt {Attempt}; retrying in {Delay}", args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>The copy of <paramref name="key"/>, fetched first through <paramref name="linkOf"/> when there is none yet.</summary>
    /// <param name="linkOf">
    /// Gives the link to download; asked with <c>fresh: true</c> once the storage refused the last one as expired or
    /// revoked, when a cached link will not do.
    /// </param>
    /// <remarks>Only requests for the same recording wait for each other; the download outlives a caller who leaves.</remarks>
    public async Task<RecordingFile> GetAsync(string key, Func<bool, CancellationToken, Task<Uri>> linkOf, CancellationToken ct = default)
    {
        if (Find(key) is { } existing)
            return existing;
        return await _downloads.RunAsync(key, () => FetchAsync(key, linkOf), ct);
    }

    private async Task<RecordingFile> FetchAsync(string key, Func<bool, CancellationToken, Task<Uri>> linkOf)
    {
        if (Find(key) is { } raced)
            return raced;
        System.IO.Directory.CreateDirectory(_options.Folder);
        var renewed = false;
        await _retry.ExecuteAsync(async token =>
        {
            var link = await linkOf(false, token);
            try
            {
                await DownloadAsync(key, link, token);
            }
            catch (RecordingDownloadException e) when (e.IsLinkRefused && !renewed)
            {
                renewed = true;
                _logger.LogInformation("Recording {RecordingKey}: the storage refused the link (HTTP {Status}); asking for a fresh one", key, (int)e.Status!);
                await DownloadAsync(key, await linkOf(true, token), token);
            }
        }, CancellationToken.None);
        return Find(key) ?? throw new FileNotFoundException("The downloaded recording is missing.", key);
    }

    private async Task DownloadAsync(string key, Uri link, CancellationToken ct)
    {
        var temp = Path.Combine(_options.Folder, $"{FileNameOf(key)}.{Guid.NewGuid():N}.part");
        try
        {
            var contentType = await CopyToAsync(link, temp, ct);
            var extension = ExtensionOf(contentType, temp) ?? throw new RecordingDownloadException(RecordingDownloadError.NotAudio);
            var path = Path.Combine(_options.Folder, FileNameOf(key) + extension);
            File.Move(temp, path, overwrite: true);
            _logger.LogInformation("Recording {RecordingKey} copied to the data folder ({Bytes} bytes)", key, new FileInfo(path).Length);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <returns>The content type the storage declared, if any.</returns>
    private async Task<string?> CopyToAsync(Uri link, string path, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.DownloadTimeout);
        try
        {
            using var response = await _http.CreateClient(HttpClientName).GetAsync(link, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
                throw RecordingDownloadException.Refusal(response.StatusCode);
            if (response.Content.Headers.ContentLength > _options.MaxBytes)
                throw new RecordingDownloadException(RecordingDownloadError.TooLarge, maxBytes: _options.MaxBytes);

            await using var source = await response.Content.ReadAsStreamAsync(timeout.Token);
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, timeout.Token)) > 0)
            {
                // The declared length may be missing or wrong: count what actually arrives.
                total += read;
                if (total > _options.MaxBytes)
                    throw new RecordingDownloadException(RecordingDownloadError.TooLarge, maxBytes: _options.MaxBytes);
                await target.WriteAsync(buffer.AsMemory(0, read), timeout.Token);
            }
            return response.Content.Headers.ContentType?.MediaType;
        }
        catch (HttpRequestException e)
        {
            throw new RecordingDownloadException(RecordingDownloadError.Unreachable, e.StatusCode, inner: e);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new RecordingDownloadException(RecordingDownloadError.Unreachable, inner: e);
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            throw new RecordingDownloadException(RecordingDownloadError.Unreachable, inner: e);
        }
    }

    private RecordingFile? Find(string key)
    {
        foreach (var extension in Extensions)
        {
            var path = Path.Combine(_options.Folder, FileNameOf(key) + extension);
            if (File.Exists(path))
                return new RecordingFile(path, ContentTypeOf(extension), FileNameOf(key) + extension);
        }
        return null;
    }

    /// <summary>Storage names files loosely: trust a declared audio type, otherwise the file's first bytes.</summary>
    private static string? ExtensionOf(string? contentType, string path)
    {
        switch (contentType?.ToLowerInvariant())
        {
            case "audio/mpeg" or "audio/mp3" or "audio/mpeg3":
                return ".mp3";
            case "audio/wav" or "audio/x-wav" or "audio/wave" or "audio/vnd.wave":
                return ".wav";
        }
        Span<byte> head = stackalloc byte[12];
        using var file = File.OpenRead(path);
        var length = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..length];
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WAVE"u8))
            return ".wav";
        if (head.Length >= 3 && head[..3].SequenceEqual("ID3"u8) || head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0)
            return ".mp3";
        return null;
    }

    private static string ContentTypeOf(string extension) => extension == ".mp3" ? "audio/mpeg" : "audio/wav";

    /// <summary>Recording ids come from webhooks: keep only harmless characters, and a hash so that different ids never share a file.</summary>
    private static string FileNameOf(string key)
    {
        var safe = new StringBuilder(key.Length);
        foreach (var c in key.Length > 80 ? key[..80] : key)
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
        return $"{safe.ToString().Trim('.')}-{hash}";
    }
}
