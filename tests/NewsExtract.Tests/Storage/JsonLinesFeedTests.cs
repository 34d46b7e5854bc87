using Microsoft.Extensions.Time.Testing;
using NewsExtract.Storage.Feed;
using NewsExtract.Storage.State;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Storage;

public sealed class JsonLinesFeedTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));

    public void Dispose() => _dir.Dispose();

    private SqliteStateStore OpenStore() => new(_dir.File("state.db"));

    private static void Queue(SqliteStateStore store, string id, int revision = 1) =>
        store.SaveProcessed(new ArticleState(id, "src", id + ".json", "fp-" + id + revision, revision),
            $$"""{"id":"{{id}}","revision":{{revision}}}""", DateTimeOffset.UnixEpoch);

    private string[] FeedLines(string day) => File.ReadAllLines(Path.Combine(_dir.File("feed"), $"articles-{day}.jsonl"));

    [Fact]
    public async Task Records_are_published_once_in_order_and_the_manifest_counts_them()
    {
        using var store = OpenStore();
        var feed = new JsonLinesFeed(_dir.File("feed"), store, _clock);
        Queue(store, "a");
        Queue(store, "b");
        Assert.Equal(2, await feed.PublishPendingAsync());
        Assert.Equal(0, await feed.PublishPendingAsync());
        Assert.Equal(["""{"id":"a","revision":1}""", """{"id":"b","revision":1}"""], FeedLines("2026-11-28"));
        var manifest = File.ReadAllText(_dir.File("feed/manifest.json"));
        Assert.Contains("\"lines\": 2", manifest);
        Assert.Contains("articles-2026-11-28.jsonl", manifest);
    }

    [Fact]
    public async Task Files_rotate_daily()
    {
        using var store = OpenStore();
        var feed = new JsonLinesFeed(_dir.File("feed"), store, _clock);
        Queue(store, "a");
        await feed.PublishPendingAsync();
        _clock.Advance(TimeSpan.FromDays(1));
        Queue(store, "b");
        await feed.PublishPendingAsync();
        Assert.Single(FeedLines("2026-11-28"));
        Assert.Single(FeedLines("2026-11-29"));
    }

    [Fact]
    public async Task Recovery_cuts_a_partial_line_and_an_uncommitted_line_then_republishes_exactly_once()
    {
        using (var store = OpenStore())
        {
            var feed = new JsonLinesFeed(_dir.File("feed"), store, _clock);
            Queue(store, "a");
            await feed.PublishPendingAsync();
            Queue(store, "b");
        }
        // A crash after appending b's line but before committing it, and in the middle of another line.
        var path = Path.Combine(_dir.File("feed"), "articles-2026-11-28.jsonl");
        File.AppendAllText(path, "{\"id\":\"b\",\"revision\":1}\n{\"id\":\"c\",\"rev");

        using (var store = OpenStore())
        {
            var feed = new JsonLinesFeed(_dir.File("feed"), store, _clock);
            Assert.Equal(["articles-2026-11-28.jsonl"], feed.Recover());
            Assert.Equal(["""{"id":"a","revision":1}"""], FeedLines("2026-11-28"));
            Assert.Equal(1, await feed.PublishPendingAsync());
        }
        Assert.Equal(["""{"id":"a","revision":1}""", """{"id":"b","revision":1}"""], FeedLines("2026-11-28"));
    }

    [Theory]
    [InlineData(10)]   // cut inside the first line
    [InlineData(30)]   // cut inside the second line
    [InlineData(0)]    // emptied
    [InlineData(-1)]   // deleted
    public async Task A_feed_file_cut_below_its_committed_length_is_replayed_from_the_outbox_never_padded(int keepBytes)
    {
        var path = Path.Combine(_dir.File("feed"), "articles-2026-11-28.jsonl");
        using (var store = OpenStore())
        {
            var feed = new JsonLinesFeed(_dir.File("feed"), store, _clock);
            foreach (var id in new[] { "a", "b", "c" }) Queue(store, id);
            await feed.PublishPendingAsync();
        }
        var whole = File.ReadAllBytes(path);
        if (keepBytes < 0) File.Delete(path);
        else File.WriteAllBytes(path, whole[..keepBytes]);

        using (var store = OpenStore())
        {
            var feed = new JsonLinesFeed(_dir.File("feed"), store, _clock);
            Assert.Equal(["articles-2026-11-28.jsonl"], feed.Recover());
            Queue(store, "d");
            Assert.Equal(1, await feed.PublishPendingAsync());
            var bytes = File.ReadAllBytes(path);
            Assert.DoesNotContain((byte)0, bytes);
            var lines = FeedLines("2026-11-28");
            Assert.Equal(["a", "b", "c", "d"], lines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
            var committed = Assert.Single(store.FeedFiles());
            Assert.Equal((bytes.LongLength, 4L), (committed.CommittedBytes, committed.CommittedLines));
            var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(_dir.File("feed/manifest.json"))).RootElement;
            var entry = Assert.Single(manifest.GetProperty("files").EnumerateArray());
            Assert.Equal((bytes.LongLength, 4L), (entry.GetProperty("bytes").GetInt64(), entry.GetProperty("lines").GetInt64()));
            Assert.Null(JsonLinesFeed.FindDamage(path, committed.CommittedBytes));
        }
    }

    [Fact]
    public async Task NUL_bytes_inside_the_committed_region_are_damage_and_are_replaced_by_the_committed_lines()
    {
        var path = Path.Combine(_dir.File("feed"), "articles-2026-11-28.jsonl");
        using (var store = OpenStore())
        {
            var feed = new JsonLinesFeed(_dir.File("feed"), store, _clock);
            Queue(store, "a");
            Queue(store, "b");
            await feed.PublishPendingAsync();
            var bytes = File.ReadAllBytes(path);
            bytes.AsSpan(5, 20).Clear();
            File.WriteAllBytes(path, bytes);
            Assert.Contains("NUL byte at offset 5", JsonLinesFeed.FindDamage(path, bytes.Length));
            Assert.Equal(["articles-2026-11-28.jsonl"], feed.Recover());
        }
        Assert.Equal(["""{"id":"a","revision":1}""", """{"id":"b","revision":1}"""], FeedLines("2026-11-28"));
    }

    [Fact]
    public void State_remembers_fingerprint_and_revision()
    {
        using var store = OpenStore();
        Assert.Null(store.Find("a"));
        Queue(store, "a");
        Queue(store, "a", revision: 2);
        var state = store.Find("a");
        Assert.NotNull(state);
        Assert.Equal(2, state.Revision);
        Assert.Equal("fp-a2", state.Fingerprint);
        Assert.Equal(2, store.CountRecords());
    }

    [Fact]
    public void The_same_revision_cannot_be_queued_twice()
    {
        using var store = OpenStore();
        Queue(store, "a");
        Assert.Throws<RecordConflictException>(() => Queue(store, "a"));
        Assert.Equal(1, store.CountRecords());
    }
}
