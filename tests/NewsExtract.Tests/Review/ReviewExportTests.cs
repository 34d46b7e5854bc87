using System.Text.Json;
using NewsExtract.Core.Records;
using NewsExtract.Review.Decisions;
using NewsExtract.Review.Export;
using NewsExtract.Storage.Review;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

public sealed class ReviewExportTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _db;
    private readonly SqliteReviewStore _store;

    public ReviewExportTests()
    {
        _db = _dir.File("state.db");
        ReviewSample.Seed(_db, ReviewSample.Record(), ReviewSample.Record("b0000000000000000000"));
        _store = new SqliteReviewStore(_db);
    }

    public void Dispose() => _dir.Dispose();

    private void Decide(string action, string target, Func<ReviewDecision, ReviewDecision>? change = null)
    {
        var decision = ReviewSample.Decision(action, target);
        _store.Add(change is null ? decision : change(decision));
    }

    [Fact]
    public void Only_reviewed_articles_are_exported_and_completed_only_narrows_further()
    {
        Decide(ReviewActions.Accept, ReviewSample.Key("person", "Rauf Mammadov"));
        Assert.Equal([ReviewSample.Id], ReviewSample.ReviewedArticles(_db).Select(a => a.Record.Id));
        Assert.Empty(ReviewSample.ReviewedArticles(_db, completedOnly: true));
        _store.Complete(ReviewSample.Id, 1, "ann", DateTimeOffset.UnixEpoch);
        Assert.Single(ReviewSample.ReviewedArticles(_db, completedOnly: true));
    }

    [Fact]
    public async Task Jsonl_carries_offsets_states_origins_and_decisions()
    {
        var chinese = ReviewSample.M("Chinese");
        Decide(ReviewActions.Reject, ReviewSample.Key("organization", "SOCAR"));
        Decide(ReviewActions.Add, ReviewFolder.AddedKey("location", chinese.Start, chinese.End), d => d with { Type = "location", Start = chinese.Start, End = chinese.End });
        var writer = new StringWriter();
        Assert.Equal(1, await JsonlReviewWriter.WriteAsync(writer, ReviewSample.ReviewedArticles(_db), reviewedRecords: false, CancellationToken.None));
        using var json = JsonDocument.Parse(writer.ToString());
        var root = json.RootElement;
        Assert.Equal((ReviewSample.Id, "in_progress", "ann"), (root.GetProperty("id").GetString(), root.GetProperty("status").GetString(), root.GetProperty("reviewers")[0].GetString()));
        var annotations = root.GetProperty("annotations").EnumerateArray().ToList();
        var socar = annotations.Single(a => a.GetProperty("text").GetString() == "SOCAR");
        Assert.Equal(("rejected", "model", ReviewSample.At("SOCAR")), (socar.GetProperty("state").GetString(), socar.GetProperty("origin").GetString(), socar.GetProperty("start").GetInt32()));
        var added = annotations.Single(a => a.GetProperty("origin").GetString() == "reviewer");
        Assert.Equal(("location", chinese.Start, chinese.End, "Chinese"), (added.GetProperty("kind").GetString(), added.GetProperty("start").GetInt32(), added.GetProperty("end").GetInt32(), added.GetProperty("text").GetString()));
        Assert.Equal(["reject", "add"], root.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Reviewed_records_keep_the_public_schema()
    {
        Decide(ReviewActions.Reject, ReviewSample.Key("money", "$250 million"));
        var writer = new StringWriter();
        await JsonlReviewWriter.WriteAsync(writer, ReviewSample.ReviewedArticles(_db), reviewedRecords: true, CancellationToken.None);
        var line = writer.ToString().TrimEnd('\n');
        RecordSchema.AssertValid(line);
        Assert.DoesNotContain(RecordSerializer.FromJson(line).Money, m => m.Text == "$250 million");
    }

    [Fact]
    public async Task Conll_has_docstart_sentences_and_iob_tags_after_review()
    {
        Decide(ReviewActions.Reject, ReviewSample.Key("official", "Ilham Aliyev"));
        Decide(ReviewActions.Correct, ReviewSample.Key("person", "Rauf Mammadov"), d => d with { Type = "organization" });
        var writer = new StringWriter();
        await ConllReviewWriter.WriteAsync(writer, ReviewSample.ReviewedArticles(_db), CancellationToken.None);
        var lines = writer.ToString().Split('\n');
        Assert.Equal("-DOCSTART- -X- -X- O", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.All(lines.Where(l => l.Length > 0), l => Assert.Equal(4, l.Split(' ').Length));
        string TagOf(string token, int occurrence = 0) => lines.Where(l => l.StartsWith(token + " ", StringComparison.Ordinal)).ElementAt(occurrence).Split(' ')[3];
        Assert.Equal(("O", "O"), (TagOf("Ilham"), TagOf("Aliyev")));
        Assert.Equal(("B-PER", "I-PER"), (TagOf("Wang"), TagOf("Wentao")));
        Assert.Equal(("B-ORG", "I-ORG"), (TagOf("Rauf"), TagOf("Mammadov")));
        Assert.Equal(("B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"), (TagOf("State"), TagOf("Oil"), TagOf("Company"), TagOf("of", 2), TagOf("Azerbaijan", 2)));
        Assert.Equal("B-LOC", TagOf("Baku"));
        Assert.Equal("O", TagOf("$"));
        // Sentences end at full stops before a capital: the first sentence ends after "Tuesday .".
        var tuesday = Array.FindIndex(lines, l => l.StartsWith("Tuesday ", StringComparison.Ordinal));
        Assert.Equal((". _ _ O", ""), (lines[tuesday + 1], lines[tuesday + 2]));
    }

    [Fact]
    public void Tokenizer_keeps_inner_punctuation_and_splits_the_rest()
    {
        const string text = "Trade rose to $1.14 billion (SOCAR's data). Baku-Sumgayit road U.S. next.";
        var tokens = ReviewTokenizer.Tokenize(text).Select(t => text[t.Start..t.End]);
        Assert.Equal(["Trade", "rose", "to", "$", "1.14", "billion", "(", "SOCAR's", "data", ")", ".", "Baku-Sumgayit", "road", "U.S", ".", "next", "."], tokens);
        Assert.Equal(2, ReviewTokenizer.Sentences(text).Count);
    }
}
