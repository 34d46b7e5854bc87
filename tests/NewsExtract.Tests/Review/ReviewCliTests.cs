using NewsExtract.Storage.Review;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

public sealed class ReviewCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Export_reviews_writes_conll_and_reviewed_jsonl_files()
    {
        var db = _dir.File("state.db");
        ReviewSample.Seed(db, ReviewSample.Record());
        var start = ReviewSample.At("SOCAR");
        new ReviewStore(db).Add(new ReviewDecision
        {
            RecordId = ReviewSample.Id, Revision = 1, Target = $"organization:{start}-{start + 5}", Action = ReviewActions.Reject,
            Reviewer = "ann", DecidedAt = DateTimeOffset.UnixEpoch,
        });

        var conll = await CliRunner.RunAsync(_dir.Path, null, "export", "reviews", "--format", "conll", "--db", db, "--out", _dir.File("reviews.conll"));
        Assert.True(conll.ExitCode == 0, conll.StdErr);
        Assert.Contains("1 reviewed articles", conll.StdErr);
        var lines = File.ReadAllLines(_dir.File("reviews.conll"));
        Assert.Contains("SOCAR _ _ O", lines);
        Assert.Contains("Wang _ _ B-PER", lines);

        var jsonl = await CliRunner.RunAsync(_dir.Path, null, "export", "reviews", "--format", "jsonl", "--reviewed", "--db", db);
        Assert.True(jsonl.ExitCode == 0, jsonl.StdErr);
        var line = Assert.Single(jsonl.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        RecordSchema.AssertValid(line);
        Assert.DoesNotContain("\"SOCAR\"", line[line.IndexOf("\"organizations\"", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task Bad_arguments_get_a_clear_error()
    {
        var missing = await CliRunner.RunAsync(_dir.Path, null, "review", "--db", _dir.File("none.db"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no state database", missing.StdErr);

        var db = _dir.File("state.db");
        ReviewSample.Seed(db, ReviewSample.Record());
        var open = await CliRunner.RunAsync(_dir.Path, null, "review", "--db", db, "--bind", "0.0.0.0", "--port", "0");
        Assert.Equal(2, open.ExitCode);
        Assert.Contains("--api-key", open.StdErr);

        var mixed = await CliRunner.RunAsync(_dir.Path, null, "export", "reviews", "--format", "conll", "--reviewed", "--db", db);
        Assert.Equal(2, mixed.ExitCode);
        Assert.Contains("only the jsonl format", mixed.StdErr);
    }
}
