using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsExtract.Storage.Files;
using NewsExtract.Storage.State;

namespace NewsExtract.Storage.Feed;

/// <summary>
/// The JSON Lines feed: one record per line in daily files (<c>articles-YYYY-MM-DD.jsonl</c>, UTC) plus
/// <c>manifest.json</c>. Records are appended from the state store's outbox, flushed to disk, and only then marked
/// as published; on start-up anything past the committed length (a partial line, or lines whose commit a crash
/// interrupted) is cut off and written again from the outbox. So each record appears exactly once, whole.
/// </summary>
public sealed class JsonLinesFeed(string directory, IRecordOutbox store, TimeProvider timeProvider)
{
    public const string ManifestFileName = "manifest.json";
    private const int BatchSize = 256;

    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>
    /// Brings every feed file back to exactly its committed records: bytes past the committed length (a partial
    /// line, or lines whose commit a crash interrupted) are cut off; a file that is shorter than its committed length,
    /// missing, or holds bytes that are not its committed lines (NUL bytes, say) keeps its longest correct prefix and
    /// gets the rest of its committed lines replayed from the outbox. A file is never padded. Returns the files that
    /// were repaired, for logging.
    /// </summary>
    public IReadOnlyList<string> Recover()
    {
        var repaired = new List<string>();
        foreach (var file in store.FeedFiles())
        {
            if (Repair(file)) repaired.Add(file.Name);
        }
        if (repaired.Count > 0) WriteManifestAsync(CancellationToken.None).GetAwaiter().GetResult();
        return repaired;
    }

    /// <summary>Appends every queued record to today's file. Returns how many were published.</summary>
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken = default)
    {
        System.IO.Directory.CreateDirectory(Directory);
        int published = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = store.Pending(BatchSize);
            if (batch.Count == 0) break;
            var name = FileNameFor(timeProvider.GetUtcNow());
            var committed = store.FeedFiles().FirstOrDefault(f => f.Name == name);
            if (committed is not null && Repair(committed))
                committed = store.FeedFiles().First(f => f.Name == name);
            var path = Path.Combine(Directory, name);
            long bytes, lines = committed?.CommittedLines ?? 0;
            // The write itself is not cancellable: a batch is appended whole, then committed.
            using (var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read))
            {
                // Repair left the file at least as long as its committed length; this only cuts, never pads.
                if (stream.Length > (committed?.CommittedBytes ?? 0)) stream.SetLength(committed?.CommittedBytes ?? 0);
                stream.Seek(0, SeekOrigin.End);
                foreach (var record in batch)
                {
                    var line = Encoding.UTF8.GetBytes(record.JsonLine + "\n");
                    stream.Write(line);
                    lines++;
                }
                stream.Flush(flushToDisk: true);
                bytes = stream.Length;
            }
            store.CommitFeed(name, [.. batch.Select(r => r.Sequence)], bytes, lines);
            await WriteManifestAsync(CancellationToken.None);
            published += batch.Count;
        }
        return published;
    }

    public async Task WriteManifestAsync(CancellationToken cancellationToken)
    {
        var manifest = new FeedManifest(1, timeProvider.GetUtcNow(),
            [.. store.FeedFiles().Select(f => new FeedManifestFile(f.Name, f.CommittedBytes, f.CommittedLines))]);
        var json = JsonSerializer.Serialize(manifest, FeedJsonContext.Default.FeedManifest);
        await AtomicFile.WriteAllTextAsync(Path.Combine(Directory, ManifestFileName), json, cancellationToken);
    }

    // Returns true when the file had to be changed. Cutting is the common case (a crash between append and commit);
    // replaying is for a file damaged or cut short outside the worker's control.
    private bool Repair(FeedFileState file)
    {
        var path = Path.Combine(Directory, file.Name);
        if (FindDamage(path, file.CommittedBytes) is null)
        {
            if (!File.Exists(path) || new FileInfo(path).Length == file.CommittedBytes) return false;
            using var cut = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
            cut.SetLength(file.CommittedBytes);
            cut.Flush(flushToDisk: true);
            return true;
        }
        Replay(file, path);
        return true;
    }

    // Keeps the longest prefix of the file that is exactly the file's committed lines, in order, and appends the
    // remaining committed lines from the outbox; the committed length becomes what was written.
    private void Replay(FeedFileState file, string path)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var lines = store.CommittedLines(file.Name);
        using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        long keep = 0;
        int kept = 0;
        foreach (var line in lines)
        {
            var expected = Encoding.UTF8.GetBytes(line + "\n");
            if (keep + expected.Length > stream.Length) break;
            var actual = new byte[expected.Length];
            stream.Position = keep;
            stream.ReadExactly(actual);
            if (!actual.AsSpan().SequenceEqual(expected)) break;
            keep += expected.Length;
            kept++;
        }
        stream.SetLength(keep);
        stream.Position = keep;
        foreach (var line in lines.Skip(kept))
            stream.Write(Encoding.UTF8.GetBytes(line + "\n"));
        stream.Flush(flushToDisk: true);
        store.SetFeedFileLength(file.Name, stream.Length, lines.Count);
    }

    /// <summary>
    /// What is wrong with a feed file against its committed length, or null when nothing is: missing, shorter than
    /// committed, or a committed region that does not end a line or holds a NUL byte (never part of a JSON line).
    /// Bytes past the committed length are not damage (a crash between append and commit leaves them).
    /// </summary>
    public static string? FindDamage(string path, long committedBytes)
    {
        if (!File.Exists(path)) return committedBytes == 0 ? null : "missing";
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (stream.Length < committedBytes) return $"shorter ({stream.Length} bytes) than its committed length ({committedBytes})";
        var buffer = new byte[65536];
        long remaining = committedBytes, offset = 0;
        byte last = (byte)'\n';
        while (remaining > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, remaining));
            if (read == 0) return "unreadable";
            var nul = buffer.AsSpan(0, read).IndexOf((byte)0);
            if (nul >= 0) return $"holds a NUL byte at offset {offset + nul}";
            last = buffer[read - 1];
            remaining -= read;
            offset += read;
        }
        return last == (byte)'\n' ? null : "does not end a line at its committed length";
    }

    public static string FileNameFor(DateTimeOffset now) =>
        "articles-" + now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".jsonl";
}
