namespace Zadarma.Tests.Infrastructure;

/// <summary>The checkout's root, found by walking up to Zadarma.sln.</summary>
public static class SolutionFolder
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zadarma.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Zadarma.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Combine(params string[] parts) => Path.Combine([Root.Value, .. parts]);
}
