namespace Zadarma.Tests.Infrastructure;

public static class TempFolder
{
    public static string Create(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "zadarma-tests", $"{purpose}-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        try
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a closing server; the OS temp cleaner takes it later.
        }
    }
}
