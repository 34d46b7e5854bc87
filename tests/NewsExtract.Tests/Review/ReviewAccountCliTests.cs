using NewsExtract.Review.Reviewers;
using NewsExtract.Storage.Review;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

public sealed class ReviewAccountCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Add_reviewer_stores_a_hash_of_the_secret_from_the_environment_and_refuses_a_short_one()
    {
        var db = _dir.File("state.db");
        ReviewSample.Seed(db, ReviewSample.Record());

        var added = await CliRunner.RunAsync(_dir.Path, new Dictionary<string, string> { ["NEWSEXTRACT_REVIEWER_SECRET"] = "dana-secret-long-enough" },
            "review", "add-reviewer", "dana", "--db", db);
        Assert.True(added.ExitCode == 0, added.StdOut + added.StdErr);
        var hash = new SqliteReviewAccounts(db).SecretHash("dana");
        Assert.NotNull(hash);
        Assert.True(ReviewerSecrets.Verify("dana", hash, "dana-secret-long-enough"));
        var bytes = string.Concat(new[] { db, db + "-wal" }.Where(File.Exists).Select(f => File.ReadAllText(f, System.Text.Encoding.Latin1)));
        Assert.DoesNotContain("dana-secret", bytes);

        var refused = await CliRunner.RunAsync(_dir.Path, new Dictionary<string, string> { ["NEWSEXTRACT_REVIEWER_SECRET"] = "short" },
            "review", "add-reviewer", "eve", "--db", db);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("at least 10 characters", refused.StdErr);
        Assert.Null(new SqliteReviewAccounts(db).SecretHash("eve"));
    }
}
