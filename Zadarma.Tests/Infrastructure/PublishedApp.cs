using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Zadarma.Tests.Infrastructure;

/// <summary>
/// The app as production runs it: <c>dotnet publish</c> output, started from its folder as its own process in the
/// Production environment, on a free loopback port.
/// </summary>
public sealed partial class PublishedApp : IAsyncDisposable
{
    private readonly Process _process;

    private PublishedApp(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    // The solution is built before its tests run: publishing that build takes the static files through the same
    // publish pipeline Production serves from, without compiling everything again while the other tests run.
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static async Task PublishAsync(string project, string folder)
    {
        using var publish = Start(Dotnet, folder, ["publish", project, "-c", Configuration, "--no-build", "-o", folder, "--nologo"]);
        var output = Capture(publish);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await publish.WaitForExitAsync(timeout.Token);
        Assert.True(publish.ExitCode == 0, "dotnet publish failed:\n" + output);
    }

    public static async Task<PublishedApp> StartAsync(string folder, string dataPath)
    {
        var process = Start(Dotnet, folder, ["Zadarma.Blazor.dll", "--urls", "http://127.0.0.1:0"], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DataPath"] = dataPath,
        });
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = Capture(process, line =>
        {
            if (ListeningOn().Match(line) is { Success: true } match)
                listening.TrySetResult(new Uri(match.Groups[1].Value + "/"));
        });
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The published app stopped:\n" + output));

        try
        {
            return new PublishedApp(process, await listening.Task.WaitAsync(TimeSpan.FromMinutes(1)));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    /// <summary>Everything the process prints, both streams, kept for a failure message.</summary>
    private static StringBuilder Capture(Process process, Action<string>? onLine = null)
    {
        var output = new StringBuilder();
        void Read(object _, DataReceivedEventArgs e)
        {
            if (e.Data is not { } line)
                return;
            lock (output)
                output.AppendLine(line);
            onLine?.Invoke(line);
        }
        process.OutputDataReceived += Read;
        process.ErrorDataReceived += Read;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return output;
    }

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static Process Start(string file, string folder, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // The test host's MSBuild settings belong to the build that made it, not to this one.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.Start();
        return process;
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
