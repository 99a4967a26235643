using System.Text;

namespace Zadarma.Tests.Infrastructure;

/// <summary>The app's log files in a data folder, read while the app still writes them.</summary>
public static class LogFiles
{
    public static async Task<string> ReadAsync(string dataPath)
    {
        var logs = new StringBuilder();
        foreach (var log in System.IO.Directory.GetFiles(Path.Combine(dataPath, "logs")))
        {
            await using var stream = new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            logs.Append(await new StreamReader(stream).ReadToEndAsync());
        }
        return logs.ToString();
    }
}
