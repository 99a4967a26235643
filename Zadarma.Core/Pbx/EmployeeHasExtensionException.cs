namespace Zadarma.Core.Pbx;

/// <summary>The employee already answers <see cref="Extension"/>: linking them to another would silently take it away.</summary>
public sealed class EmployeeHasExtensionException(string extension)
    : InvalidOperationException($"The employee already answers extension {extension}.")
{
    public string Extension { get; } = extension;
}
