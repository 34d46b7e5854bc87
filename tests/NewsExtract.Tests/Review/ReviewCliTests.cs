using System.Diagnostics;
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
        new SqliteReviewStore(db).Add(new ReviewDecision
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

    [Fact]
    public async Task Review_serves_on_loopback_and_stops_on_sigterm()
    {
        var db = _dir.File("state.db");
        ReviewSample.Seed(db, ReviewSample.Record());
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _dir.Path };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "newsextract.dll"), "review", "--db", db, "--port", "0", "--reviewer", "cli" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var banner = await process.StandardOutput.ReadLineAsync(timeout.Token);
            if (banner is null) Assert.Fail("review printed nothing: " + await process.StandardError.ReadToEndAsync(timeout.Token));
            var url = System.Text.RegularExpressions.Regex.Match(banner, @"http://127\.0\.0\.1:\d+").Value;
            Assert.NotEmpty(url);
            using var client = new HttpClient();
            Assert.Contains("Azerbaijan and China discuss trade", await client.GetStringAsync(url + "/", timeout.Token));
            Assert.Contains("Reviewer: <strong>cli</strong>", await client.GetStringAsync(url + "/", timeout.Token));

            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await term.WaitForExitAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
