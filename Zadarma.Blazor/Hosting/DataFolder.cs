namespace Zadarma.Blazor.Hosting;

/// <summary>The folder that holds everything the app writes: database, keys, logs, recordings.</summary>
public sealed record DataPath(string Value)
{
    /// <summary>Configuration key <c>DataPath</c>; relative paths are under the content root.</summary>
    public static DataPath Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["DataPath"];
        var path = string.IsNullOrWhiteSpace(configured) ? "data" : configured;
        var full = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path));
        System.IO.Directory.CreateDirectory(full);
        return new DataPath(full);
    }

    public string Combine(params string[] parts) => Path.Combine([Value, .. parts]);
}
