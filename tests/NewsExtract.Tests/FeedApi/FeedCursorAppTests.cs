using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NewsExtract.Storage.State;
using NewsExtract.Tests.Support;
using NewsExtract.Worker.FeedApi;

namespace NewsExtract.Tests.FeedApi;

/// <summary>A consumer reading GET /feed by cursor sees every published record once, in order, and nothing still queued.</summary>
public sealed class FeedCursorAppTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_consumer_following_next_reads_every_published_record_once_in_order()
    {
        using var store = new SqliteStateStore(_dir.File("state.db"));
        for (int i = 0; i < 7; i++)
            store.SaveProcessed(new ArticleState("a" + i, "src", "k" + i, "fp", 1), $$"""{"id":"a{{i}}","revision":1}""", DateTimeOffset.UnixEpoch);
        store.CommitFeed("articles-2026-12-03.jsonl", [.. store.Pending(100).Select(p => p.Sequence)], 100, 7);
        store.SaveProcessed(new ArticleState("queued", "src", "q", "fp", 1), """{"id":"queued","revision":1}""", DateTimeOffset.UnixEpoch);

        await using var app = FeedCursorApp.Create(store, "127.0.0.1", 0);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        var seen = new List<(long Seq, string Id)>();
        long after = 0;
        for (int page = 0; page < 10; page++)
        {
            using var body = JsonDocument.Parse(await http.GetStringAsync($"/feed?after={after}&limit=3"));
            var records = body.RootElement.GetProperty("records").EnumerateArray().ToList();
            if (records.Count == 0)
            {
                Assert.Equal(after, body.RootElement.GetProperty("next").GetInt64());
                break;
            }
            seen.AddRange(records.Select(r => (r.GetProperty("seq").GetInt64(), r.GetProperty("record").GetProperty("id").GetString()!)));
            after = body.RootElement.GetProperty("next").GetInt64();
        }
        Assert.Equal(Enumerable.Range(1, 7).Select(i => (long)i), seen.Select(s => s.Seq));
        Assert.Equal(Enumerable.Range(0, 7).Select(i => "a" + i), seen.Select(s => s.Id));

        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/feed?after=-1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/feed?limit=5000")).StatusCode);
        await app.StopAsync();
    }
}
