namespace NewsExtract.Worker.Hosting;

/// <summary>One configured source of articles.</summary>
public sealed class SourceOptions
{
    public string Name { get; set; } = string.Empty;

    /// <summary>The kind of source: <c>folder</c> (a local folder of .txt/.json/.html articles).</summary>
    public string Type { get; set; } = "folder";

    /// <summary>For a folder source: the folder, relative to the current folder unless absolute.</summary>
    public string? Path { get; set; }
}
