using System.Text.RegularExpressions;
using NewsExtract.Storage.Review;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

/// <summary>
/// Disagreements between a first and a second reviewer settled over HTTP: a first reviewer's decision sent with
/// <c>settles</c> (keeping the first decision or taking the second's) takes the disagreement off the statistics
/// page's list, the agreement figure keeps comparing the independent opinions, undo brings the disagreement back,
/// and a second reviewer cannot settle. Reviewers are named by a trusted proxy header.
/// </summary>
public sealed partial class SettlingDisagreementsHttpTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private ProxyReviewerSession _session = null!;

    private string Db => _dir.File("state.db");

    private static string Azerbaijan => ReviewSample.Key("location", "Azerbaijan");
    private static string China => ReviewSample.Key("location", "China");

    public async Task InitializeAsync()
    {
        ReviewSample.Seed(Db, ReviewSample.Record());
        _session = await ProxyReviewerSession.StartAsync(Db);
    }

    public async Task DisposeAsync()
    {
        await _session.DisposeAsync();
        _dir.Dispose();
    }

    private Task PostAsync(string reviewer, string route, string json) => _session.PostAsync(reviewer, route, json);

    private Task DecideAsync(string reviewer, string action, string target, bool settles = false) => _session.DecideAsync(reviewer, action, target, settles);

    private async Task<(int Disagreements, string LocationAgreement)> StatisticsAsync()
    {
        var html = await _session.PageAsync("/stats");
        var disagreements = DisagreementsCard().Match(html).Groups[1].Value;
        var agreement = LocationAgreement().Match(AgreementCard().Match(html).Groups[1].Value);
        Assert.True(agreement.Success, "the statistics page has no location agreement row");
        return (SettleLinks().Matches(disagreements).Count, agreement.Groups[1].Value);
    }

    [Fact]
    public async Task A_settled_disagreement_leaves_the_list_the_agreement_keeps_the_independent_opinions_and_undo_brings_it_back()
    {
        await PostAsync("ann", "assign", """{"revision":1,"assignee":"bob","role":"second"}""");
        await DecideAsync("ann", "accept", Azerbaijan);
        await DecideAsync("ann", "accept", China);
        await DecideAsync("bob", "accept", Azerbaijan);
        await DecideAsync("bob", "reject", China);
        Assert.Equal((1, "50.0 %"), await StatisticsAsync());

        // A second reviewer cannot settle: the flag is dropped and the disagreement stays.
        await DecideAsync("bob", "reject", China, settles: true);
        Assert.DoesNotContain(new SqliteReviewStore(Db).Decisions(ReviewSample.Id, 1), d => d.Settles);
        Assert.Equal((1, "50.0 %"), await StatisticsAsync());

        // Ann takes Bob's outcome: settled, and the agreement still compares the two independent opinions.
        await DecideAsync("ann", "reject", China, settles: true);
        Assert.Equal((0, "50.0 %"), await StatisticsAsync());
        Assert.Contains("settles a disagreement", await ArticleAsync());

        // Undone, the disagreement is back; kept instead (Ann accepts again to settle), it is settled too.
        await PostAsync("ann", "undo", """{"revision":1}""");
        Assert.Equal((1, "50.0 %"), await StatisticsAsync());
        await DecideAsync("ann", "accept", China, settles: true);
        Assert.Equal((0, "50.0 %"), await StatisticsAsync());
        var settling = Assert.Single(new SqliteReviewStore(Db).Decisions(ReviewSample.Id, 1), d => d.Settles);
        Assert.Equal(("ann", ReviewActions.Accept, China), (settling.Reviewer, settling.Action, settling.Target));

        // Changing her mind again while settling: still settled, and still not counted as agreement.
        await DecideAsync("ann", "reject", China, settles: true);
        Assert.Equal((0, "50.0 %"), await StatisticsAsync());
    }

    [Fact]
    public async Task Settling_in_bulk_decides_every_mention_again_even_those_already_decided()
    {
        await PostAsync("ann", "assign", """{"revision":1,"assignee":"bob","role":"second"}""");
        await PostAsync("ann", "bulk", $$"""{"revision":1,"action":"reject","scope":"entity","target":"{{Azerbaijan}}"}""");
        await PostAsync("bob", "bulk", $$"""{"revision":1,"action":"accept","scope":"entity","target":"{{Azerbaijan}}"}""");
        Assert.Equal((1, "0.0 %"), await StatisticsAsync());   // one row: both mentions, same text and outcomes

        // Keeping "rejected" for every mention: already rejected, yet each is decided again and settled.
        await PostAsync("ann", "bulk", $$"""{"revision":1,"action":"reject","scope":"entity","target":"{{Azerbaijan}}","settles":true}""");
        Assert.Equal((0, "0.0 %"), await StatisticsAsync());
        Assert.Equal(2, new SqliteReviewStore(Db).Decisions(ReviewSample.Id, 1).Count(d => d.Settles));
    }

    private Task<string> ArticleAsync() => _session.PageAsync($"/articles/{ReviewSample.Id}");

    [GeneratedRegex("id=\"stats-disagreements\"(.*?)</section>", RegexOptions.Singleline)]
    private static partial Regex DisagreementsCard();

    [GeneratedRegex("id=\"stats-agreement\"(.*?)</section>", RegexOptions.Singleline)]
    private static partial Regex AgreementCard();

    [GeneratedRegex(">Settle</a>")]
    private static partial Regex SettleLinks();

    [GeneratedRegex("<td>Location</td><td>\\d+</td><td>([^<]+)</td>")]
    private static partial Regex LocationAgreement();
}
