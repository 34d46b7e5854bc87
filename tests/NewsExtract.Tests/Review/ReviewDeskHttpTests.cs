using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Storage.Review;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

/// <summary>
/// The desk features over HTTP: bulk decisions, undo of a batch, the queue, sorting, progress in the list, and the
/// CSRF and same-origin checks on every POST route.
/// </summary>
public sealed partial class ReviewDeskHttpTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private ReviewServer _server = null!;

    private string Db => _dir.File("state.db");

    public async Task InitializeAsync()
    {
        ReviewSample.Seed(Db, ReviewSample.Record(), ReviewSample.Record("1111111111111111aaaa", source: "tass", published: new DateTimeOffset(2023, 1, 2, 0, 0, 0, TimeSpan.Zero)));
        _server = await ReviewServer.StartAsync(Db);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _dir.Dispose();
    }

    private async Task<string> TokenAsync() =>
        CsrfMeta().Match(await _server.Client.GetStringAsync($"/articles/{ReviewSample.Id}")).Groups[1].Value;

    private async Task<HttpResponseMessage> PostAsync(string path, string json, string? token, Action<HttpRequestMessage>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (token is not null) request.Headers.Add("X-CSRF-Token", token);
        headers?.Invoke(request);
        return await _server.Client.SendAsync(request);
    }

    public static TheoryData<string, string> PostRoutes => new()
    {
        { "decisions", $$"""{"revision":1,"action":"accept","target":"{{ReviewSample.Key("location", "Azerbaijan")}}"}""" },
        { "bulk", $$"""{"revision":1,"action":"accept","scope":"entity","target":"{{ReviewSample.Key("location", "Azerbaijan")}}"}""" },
        { "undo", """{"revision":1}""" },
        { "complete", """{"revision":1,"done":true,"pending":"accept"}""" },
        { "assign", """{"revision":1,"assignee":"bob","role":"second"}""" },
        { "decisions", $$"""{"revision":1,"action":"reject","target":"{{ReviewSample.Key("location", "Azerbaijan")}}","settles":true}""" },
    };

    [Theory]
    [MemberData(nameof(PostRoutes))]
    public async Task Every_post_route_refuses_a_missing_or_wrong_token_and_other_origins(string route, string body)
    {
        var path = $"/api/articles/{ReviewSample.Id}/{route}";
        var token = await TokenAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(path, body, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(path, body, "forged-token")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(path, body, token, r => r.Headers.Add("Origin", "http://evil.example"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(path, body, token, r => r.Headers.Add("Sec-Fetch-Site", "cross-site"))).StatusCode);
        var store = new SqliteReviewStore(Db);
        Assert.Empty(store.History(ReviewSample.Id, 1));
        Assert.Null(store.Completion(ReviewSample.Id, 1));
        Assert.Empty(store.Assignments(ReviewSample.Id));
        // The same request with the token from the same origin goes through.
        using var allowed = await PostAsync(path, body, token, r => r.Headers.Add("Origin", _server.BaseAddress.GetLeftPart(UriPartial.Authority)));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task An_entity_is_accepted_with_all_its_mentions_a_type_rejected_in_one_batch_and_one_undo_takes_the_batch_back()
    {
        var token = await TokenAsync();
        var azerbaijan = ReviewSample.Key("location", "Azerbaijan", 1);
        using var entity = await PostAsync($"/api/articles/{ReviewSample.Id}/bulk", $$"""{"revision":1,"action":"accept","scope":"entity","target":"{{azerbaijan}}"}""", token);
        Assert.Equal(HttpStatusCode.OK, entity.StatusCode);
        var store = new SqliteReviewStore(Db);
        Assert.Equal(new[] { ReviewSample.Key("location", "Azerbaijan", 0), azerbaijan }.Order(StringComparer.Ordinal),
            store.Decisions(ReviewSample.Id, 1).Select(d => d.Target).Order(StringComparer.Ordinal));

        using var type = await PostAsync($"/api/articles/{ReviewSample.Id}/bulk", $$"""{"revision":1,"action":"reject","scope":"type","target":"{{ReviewSample.Key("money", "$250 million")}}"}""", token);
        Assert.Equal(HttpStatusCode.OK, type.StatusCode);
        var decisions = store.Decisions(ReviewSample.Id, 1);
        Assert.Equal(3, decisions.Count(d => d.Action == ReviewActions.Reject && d.Target.StartsWith("money:", StringComparison.Ordinal)));
        Assert.Single(decisions.Where(d => d.Action == ReviewActions.Reject).Select(d => d.Batch).Distinct());

        using var undo = await PostAsync($"/api/articles/{ReviewSample.Id}/undo", """{"revision":1}""", token);
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(2, store.Decisions(ReviewSample.Id, 1).Count);
        var history = store.History(ReviewSample.Id, 1);
        Assert.Equal(5, history.Count);
        Assert.Equal(3, history.Count(d => d.UndoneAt is not null));
        Assert.Contains("undone", await undo.Content.ReadAsStringAsync());

        using var unknownScope = await PostAsync($"/api/articles/{ReviewSample.Id}/bulk", $$"""{"revision":1,"action":"accept","scope":"world","target":"{{azerbaijan}}"}""", token);
        Assert.Equal(HttpStatusCode.BadRequest, unknownScope.StatusCode);
    }

    [Fact]
    public async Task The_queue_opens_the_next_article_still_to_review_under_the_filter_and_the_list_shows_progress_and_sorts()
    {
        var next = await _server.Client.GetAsync("/next?source=tass");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal("/articles/1111111111111111aaaa?queue=source%3Dtass", next.Headers.Location?.OriginalString);
        var afterLast = await _server.Client.GetAsync("/next?source=tass&after=1111111111111111aaaa");
        Assert.Equal("/?source=tass&done=1", afterLast.Headers.Location?.OriginalString);

        new SqliteReviewStore(Db).Complete(ReviewSample.Id, 1, "ann", DateTimeOffset.UtcNow);
        var open = await _server.Client.GetAsync("/next");
        Assert.Equal("/articles/1111111111111111aaaa", open.Headers.Location?.OriginalString);

        var list = await _server.Client.GetStringAsync("/?sort=published&dir=asc");
        Assert.True(list.IndexOf("1111111111111111aaaa", StringComparison.Ordinal) < list.IndexOf(ReviewSample.Id, StringComparison.Ordinal));
        Assert.Contains("aria-sort=\"ascending\"", list);
        var descending = await _server.Client.GetStringAsync("/?sort=published&dir=desc");
        Assert.True(descending.IndexOf("1111111111111111aaaa", StringComparison.Ordinal) > descending.IndexOf(ReviewSample.Id, StringComparison.Ordinal));
        Assert.Contains("0/22", list);

        var empty = await _server.Client.GetStringAsync("/?entity=Nobody");
        Assert.Contains("No articles match these filters", empty);
    }

    [Fact]
    public async Task Assigned_to_me_lists_and_queues_only_the_reviewers_own_articles()
    {
        using var assign = await PostAsync("/api/articles/1111111111111111aaaa/assign", """{"revision":1,"assignee":"ann","role":"first"}""", await TokenAsync());
        Assert.Equal(HttpStatusCode.OK, assign.StatusCode);
        Assert.Contains("ann (first)", await assign.Content.ReadAsStringAsync());
        var mine = await _server.Client.GetStringAsync("/?assigned=me");
        Assert.Contains("1–1 of 1 articles", mine);
        Assert.Contains("data-id=\"1111111111111111aaaa\"", mine);
        var next = await _server.Client.GetAsync($"/next?assigned=me&after=1111111111111111aaaa");
        Assert.Equal("/?assigned=me&done=1", next.Headers.Location?.OriginalString);
        using var badRole = await PostAsync("/api/articles/1111111111111111aaaa/assign", """{"revision":1,"assignee":"bob","role":"boss"}""", await TokenAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
    }

    [Fact]
    public async Task Corrected_event_participants_place_and_date_and_an_added_percentage_reach_the_reviewed_record_and_the_export()
    {
        var token = await TokenAsync();
        var meeting = ReviewSample.Record().Events[0];
        var key = $"event:{meeting.Sentence.Start}-{meeting.Sentence.End}:Meeting";
        using var corrected = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions",
            $$"""{"revision":1,"action":"correct","target":"{{key}}","participants":["Ilham Aliyev","Wang Wentao","China"],"location":"","when":"2024-05"}""", token);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var jobs = ReviewSample.M("800 jobs");
        using var badDate = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions",
            $$"""{"revision":1,"action":"correct","target":"{{key}}","when":"May 2024"}""", token);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        using var noValue = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions",
            $$"""{"revision":1,"action":"add","type":"percentage","start":{{jobs.Start}},"end":{{jobs.End}}}""", token);
        Assert.Equal(HttpStatusCode.BadRequest, noValue.StatusCode);
        using var badMeasure = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions",
            $$"""{"revision":1,"action":"correct","target":"{{ReviewSample.Key("money", "$250 million")}}","measure":"vibes"}""", token);
        Assert.Equal(HttpStatusCode.BadRequest, badMeasure.StatusCode);
        using var badChange = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions",
            $$"""{"revision":1,"action":"correct","target":"{{ReviewSample.Key("money", "$250 million")}}","change":"up a fifth"}""", token);
        Assert.Equal(HttpStatusCode.BadRequest, badChange.StatusCode);   // the record's change vocabulary
        using var range = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions",
            $$"""{"revision":1,"action":"correct","target":"{{ReviewSample.Key("money", "$250 million")}}","amountMax":"300000000","change":"increase","measure":"investment"}""", token);
        Assert.Equal(HttpStatusCode.OK, range.StatusCode);

        var reviewed = NewsExtract.Core.Records.RecordSerializer.FromJson(await _server.Client.GetStringAsync($"/api/articles/{ReviewSample.Id}/reviewed"));
        var e = reviewed.Events.Single(x => x.Sentence.Start == meeting.Sentence.Start);
        Assert.Equal(["Ilham Aliyev", "Wang Wentao", "China"], e.Participants);
        Assert.Equal((null, "2024-05"), (e.Location, e.Date));
        var money = reviewed.Money.Single(m => m.Text == "$250 million");
        Assert.Equal((250000000m, 300000000m, "investment", "increase"), (money.Amount, money.AmountMax, money.Measure, money.Change));
        RecordSchema.AssertValid(NewsExtract.Core.Records.RecordSerializer.ToJsonLine(reviewed));

        var line = NewsExtract.Review.Export.JsonlReviewWriter.ReviewLine(Assert.Single(ReviewSample.ReviewedArticles(Db)));
        Assert.Contains("\"participants\":[\"Ilham Aliyev\",\"Wang Wentao\",\"China\"]", line);
        Assert.Contains("\"amountMax\":300000000", line);
    }

    [Fact]
    public async Task A_percentage_and_a_date_are_added_and_an_officials_organisation_corrected_in_the_reviewed_record()
    {
        var token = await TokenAsync();
        var tuesday = ReviewSample.M("Tuesday");
        var jobs = ReviewSample.M("800");
        foreach (var body in new[]
        {
            $$"""{"revision":1,"action":"add","type":"percentage","start":{{jobs.Start}},"end":{{jobs.End}},"value":"800","unit":"percentagePoints"}""",
            $$"""{"revision":1,"action":"add","type":"date","start":{{tuesday.Start}},"end":{{tuesday.End}},"when":"2024-05-14"}""",
            $$"""{"revision":1,"action":"correct","target":"{{ReviewSample.Key("official", "Mikayil Jabbarov")}}","organization":"Ministry of Economy","country":"Azerbaijan"}""",
        })
        {
            using var response = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions", body, token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var json = await _server.Client.GetStringAsync($"/api/articles/{ReviewSample.Id}/reviewed");
        RecordSchema.AssertValid(json);
        var reviewed = NewsExtract.Core.Records.RecordSerializer.FromJson(json);
        var added = reviewed.Percentages.Single(p => p.Start == jobs.Start);
        Assert.Equal(("800", 800m, "percentagePoints"), (added.Text, added.Value, added.Unit));
        Assert.Equal(2, reviewed.Percentages.Count);
        var date = reviewed.Dates.Single(d => d.Start == tuesday.Start);
        Assert.Equal(("Tuesday", "2024-05-14"), (date.Text, date.Value));
        var jabbarov = reviewed.Officials.Single(o => o.Name == "Mikayil Jabbarov");
        Assert.Equal(("Minister of Economy", "Azerbaijan", "Ministry of Economy"), (jabbarov.Title, jabbarov.Country, jabbarov.Organization));
    }

    [Fact]
    public async Task An_events_status_is_set_from_the_records_vocabulary_with_place_and_date_and_can_be_cleared()
    {
        var token = await TokenAsync();
        var meeting = ReviewSample.Record().Events[0];
        var key = $"event:{meeting.Sentence.Start}-{meeting.Sentence.End}:Meeting";
        async Task<HttpStatusCode> Correct(string fields)
        {
            using var response = await PostAsync($"/api/articles/{ReviewSample.Id}/decisions", $$"""{"revision":1,"action":"correct","target":"{{key}}",{{fields}}}""", token);
            return response.StatusCode;
        }
        async Task<NewsExtract.Core.Records.EventRecord> Reviewed()
        {
            var record = NewsExtract.Core.Records.RecordSerializer.FromJson(await _server.Client.GetStringAsync($"/api/articles/{ReviewSample.Id}/reviewed"));
            RecordSchema.AssertValid(NewsExtract.Core.Records.RecordSerializer.ToJsonLine(record));
            return record.Events.Single(e => e.Sentence.Start == meeting.Sentence.Start);
        }

        var detected = await Reviewed();   // the models' status, detected from the text
        Assert.Equal((NewsExtract.Core.Records.EventStatuses.Occurred, NewsExtract.Core.Records.StatusSources.Model), (detected.Status, detected.StatusSource));
        Assert.Equal(HttpStatusCode.BadRequest, await Correct("\"status\":\"rumoured\""));
        Assert.Equal(HttpStatusCode.OK, await Correct("\"status\":\"planned\",\"location\":\"Beijing\",\"when\":\"2024-06\""));
        var planned = await Reviewed();
        Assert.Equal((NewsExtract.Core.Records.EventStatuses.Planned, "Beijing", "2024-06"), (planned.Status, planned.Location, planned.Date));
        Assert.Equal(NewsExtract.Core.Records.StatusSources.Review, planned.StatusSource);
        Assert.Contains("\"status\":\"planned\"", await _server.Client.GetStringAsync($"/api/articles/{ReviewSample.Id}/reviewed"));
        var article = await _server.Client.GetStringAsync($"/articles/{ReviewSample.Id}");
        Assert.Contains("<option value=\"cancelled\">cancelled</option>", article);   // the editor offers the vocabulary

        // Another correction that does not name the status keeps it; an empty status clears it.
        Assert.Equal(HttpStatusCode.OK, await Correct("\"location\":\"Baku\""));
        Assert.Equal((NewsExtract.Core.Records.EventStatuses.Planned, "Baku"), ((await Reviewed()).Status, (await Reviewed()).Location));
        var line = NewsExtract.Review.Export.JsonlReviewWriter.ReviewLine(Assert.Single(ReviewSample.ReviewedArticles(Db)));
        Assert.Contains("\"status\":\"planned\"", line);
        Assert.Equal(HttpStatusCode.OK, await Correct("\"status\":\"\""));
        var cleared = await Reviewed();
        Assert.Equal((null, null), (cleared.Status, cleared.StatusSource));
        Assert.Contains("\"status\":null,\"statusSource\":null", await _server.Client.GetStringAsync($"/api/articles/{ReviewSample.Id}/reviewed"));
    }

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\">")]
    private static partial Regex CsrfMeta();
}
