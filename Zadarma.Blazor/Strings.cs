namespace Zadarma.Blazor;

/// <summary>Marker for the UI strings in Resources/Strings.resx and its Russian and Polish siblings.</summary>
public sealed class Strings;
