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
public sealed class JsonLinesFeed(string directory, StateStore store, TimeProvider timeProvider)
{
    public const string ManifestFileName = "manifest.json";
    private const int BatchSize = 256;

    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>Cuts every feed file back to its committed length. Returns the files that were cut, for logging.</summary>
    public IReadOnlyList<string> Recover()
    {
        var cut = new List<string>();
        foreach (var file in store.FeedFiles())
        {
            var path = Path.Combine(Directory, file.Name);
            if (!File.Exists(path)) continue;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
            if (stream.Length > file.CommittedBytes)
            {
                stream.SetLength(file.CommittedBytes);
                stream.Flush(flushToDisk: true);
                cut.Add(file.Name);
            }
        }
        return cut;
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
            var path = Path.Combine(Directory, name);
            long bytes, lines = committed?.CommittedLines ?? 0;
            // The write itself is not cancellable: a batch is appended whole, then committed.
            using (var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read))
            {
                stream.SetLength(committed?.CommittedBytes ?? 0);
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

    public static string FileNameFor(DateTimeOffset now) =>
        "articles-" + now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".jsonl";
}
