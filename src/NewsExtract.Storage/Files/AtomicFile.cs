namespace NewsExtract.Storage.Files;

/// <summary>
/// Writes a file whole or not at all: content goes to a temporary file beside the target, is flushed to disk, and
/// then renamed over the target. A failure or crash before the rename leaves the target as it was.
/// </summary>
public static class AtomicFile
{
    public static Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default) =>
        WriteIfAsync(path, async (stream, token) =>
        {
            await write(stream, token);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Like <see cref="WriteAsync"/>, but <paramref name="write"/> decides at the end whether the content replaces the
    /// target: when it returns false the temporary file is deleted and the target left as it was (or absent).
    /// Returns whether the target was written.
    /// </summary>
    public static async Task<bool> WriteIfAsync(string path, Func<Stream, CancellationToken, Task<bool>> write, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536, FileOptions.Asynchronous))
            {
                if (!await write(stream, cancellationToken)) return false;
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
            return true;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public static Task WriteAllTextAsync(string path, string content, CancellationToken cancellationToken = default) =>
        WriteAsync(path, async (stream, ct) =>
        {
            await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            await writer.WriteAsync(content.AsMemory(), ct);
        }, cancellationToken);
}
