using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Core.Records;
using NewsExtract.Review.Export;
using NewsExtract.Storage.Review;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

/// <summary>
/// Event participants' roles edited over HTTP: a role changed or given with an added participant is a signed decision,
/// shown on the page, undone like any other, exported by <c>export reviews</c> and written into the reviewed record's
/// <c>participantRefs[].role</c>; a role outside the schema's list, a role for a name that is not a participant, and a
/// POST without the CSRF token are refused and store nothing.
/// </summary>
public sealed partial class ParticipantRolesHttpTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private ReviewServer _server = null!;
    private string _token = "";

    private string Db => _dir.File("state.db");

    private static EventRecord Meeting => ReviewSample.Record().Events[0];

    private static string MeetingKey => $"event:{Meeting.Sentence.Start}-{Meeting.Sentence.End}:Meeting";

    public async Task InitializeAsync()
    {
        ReviewSample.Seed(Db, ReviewSample.Record());
        _server = await ReviewServer.StartAsync(Db);
        _token = CsrfMeta().Match(await _server.Client.GetStringAsync($"/articles/{ReviewSample.Id}")).Groups[1].Value;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _dir.Dispose();
    }

    private async Task<HttpStatusCode> PostAsync(string route, string json, string? token, Action<HttpRequestMessage>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/articles/{ReviewSample.Id}/{route}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Add("X-CSRF-Token", token);
        headers?.Invoke(request);
        using var response = await _server.Client.SendAsync(request);
        return response.StatusCode;
    }

    private Task<HttpStatusCode> CorrectMeeting(string fields, string? token) =>
        PostAsync("decisions", $$"""{"revision":1,"action":"correct","target":"{{MeetingKey}}",{{fields}}}""", token);

    private async Task<EventRecord> ReviewedMeeting()
    {
        var json = await _server.Client.GetStringAsync($"/api/articles/{ReviewSample.Id}/reviewed");
        RecordSchema.AssertValid(json);
        return RecordSerializer.FromJson(json).Events.Single(e => e.Sentence.Start == Meeting.Sentence.Start);
    }

    private static string? RoleOf(EventRecord e, string name) => e.ParticipantRefs.SingleOrDefault(r => r.Name == name)?.Role;

    private IReadOnlyList<ReviewDecision> Stored() => new SqliteReviewStore(Db).Decisions(ReviewSample.Id, 1);

    [Fact]
    public async Task A_changed_role_is_a_signed_decision_in_the_reviewed_record_the_export_and_the_page_and_undo_takes_it_back()
    {
        Assert.Equal(EventRoles.Counterpart, RoleOf(await ReviewedMeeting(), "Wang Wentao"));

        Assert.Equal(HttpStatusCode.OK, await CorrectMeeting("""
            "roles":{"Wang Wentao":"host"}
            """, _token));

        var decision = Assert.Single(Stored());
        Assert.Equal(("ann", ReviewActions.Correct), (decision.Reviewer, decision.Action));
        Assert.Equal("host", decision.Roles!["Wang Wentao"]);
        var reviewed = await ReviewedMeeting();
        Assert.Equal(EventRoles.Host, RoleOf(reviewed, "Wang Wentao"));
        Assert.Equal(EventRoles.Agent, RoleOf(reviewed, "Ilham Aliyev"));   // a role not named stays the models'
        Assert.Equal(Meeting.Participants, reviewed.Participants);

        var line = JsonlReviewWriter.ReviewLine(Assert.Single(ReviewSample.ReviewedArticles(Db)));
        Assert.Contains("\"roles\":{\"Ilham Aliyev\":\"agent\",\"Wang Wentao\":\"host\"}", line);   // the event as it stands
        Assert.Contains("\"reviewer\":\"ann\"", line);
        Assert.Contains("\"roles\":{\"Wang Wentao\":\"host\"}", line);   // the decision itself

        var page = await _server.Client.GetStringAsync($"/articles/{ReviewSample.Id}");
        Assert.Contains("Wang Wentao (host)", page);
        Assert.Contains("aria-label=\"Role of the participant to add\"", page);

        Assert.Equal(HttpStatusCode.OK, await PostAsync("undo", """{"revision":1}""", _token));
        Assert.Equal(EventRoles.Counterpart, RoleOf(await ReviewedMeeting(), "Wang Wentao"));
        Assert.NotNull(Assert.Single(new SqliteReviewStore(Db).History(ReviewSample.Id, 1)).UndoneAt);   // kept in the history, undone
    }

    [Fact]
    public async Task A_participant_added_with_a_role_gets_that_role_and_one_added_without_gets_other()
    {
        Assert.Equal(HttpStatusCode.OK, await CorrectMeeting("""
            "participants":["Ilham Aliyev","Wang Wentao","State Oil Company of Azerbaijan","China National Petroleum Corporation"],
            "roles":{"China National Petroleum Corporation":"beneficiary"}
            """, _token));

        var reviewed = await ReviewedMeeting();
        Assert.Equal(EventRoles.Beneficiary, RoleOf(reviewed, "China National Petroleum Corporation"));
        Assert.Equal(EventRoles.Other, RoleOf(reviewed, "State Oil Company of Azerbaijan"));
        Assert.Equal(EventRoles.Counterpart, RoleOf(reviewed, "Wang Wentao"));

        // An added event takes its participants' roles too.
        var text = ReviewSample.Record().Text;
        var start = text.IndexOf("Baku-Sumgayit", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await PostAsync("decisions", $$$"""
            {"revision":1,"action":"add","type":"event","eventType":"Meeting","start":{{{start}}},"end":{{{start + "Baku-Sumgayit".Length}}},
             "participants":["Ilham Aliyev"],"roles":{"Ilham Aliyev":"host"}}
            """, _token));
        var json = await _server.Client.GetStringAsync($"/api/articles/{ReviewSample.Id}/reviewed");
        var added = RecordSerializer.FromJson(json).Events.Single(e => e.Sentence.Start == start);
        Assert.Equal(EventRoles.Host, RoleOf(added, "Ilham Aliyev"));
    }

    [Fact]
    public async Task A_participant_dropped_and_added_back_starts_afresh_with_role_other_and_the_history_names_each_role_change()
    {
        Assert.Equal(HttpStatusCode.OK, await CorrectMeeting("""
            "roles":{"Wang Wentao":"host"}
            """, _token));
        Assert.Equal(HttpStatusCode.OK, await CorrectMeeting("""
            "participants":["Ilham Aliyev"]
            """, _token));
        Assert.Null(RoleOf(await ReviewedMeeting(), "Wang Wentao"));

        // Added back without a role: neither the analyst's old host nor the models' counterpart comes back.
        Assert.Equal(HttpStatusCode.OK, await CorrectMeeting("""
            "participants":["Ilham Aliyev","Wang Wentao"]
            """, _token));
        var reviewed = await ReviewedMeeting();
        Assert.Equal(EventRoles.Other, RoleOf(reviewed, "Wang Wentao"));
        Assert.Equal(EventRoles.Agent, RoleOf(reviewed, "Ilham Aliyev"));   // kept all along: the models' role stands
        var page = await _server.Client.GetStringAsync($"/articles/{ReviewSample.Id}");
        Assert.Contains("Wang Wentao (other)", page);

        // Dropped and added back with a role in one later decision: that role.
        Assert.Equal(HttpStatusCode.OK, await CorrectMeeting("""
            "participants":["Ilham Aliyev"]
            """, _token));
        Assert.Equal(HttpStatusCode.OK, await CorrectMeeting("""
            "participants":["Ilham Aliyev","Wang Wentao"],"roles":{"Wang Wentao":"target","Ilham Aliyev":"host"}
            """, _token));
        reviewed = await ReviewedMeeting();
        Assert.Equal((EventRoles.Target, EventRoles.Host), (RoleOf(reviewed, "Wang Wentao"), RoleOf(reviewed, "Ilham Aliyev")));

        // Undoing that decision brings back the state before it: Wang dropped, Ilham the models' agent.
        Assert.Equal(HttpStatusCode.OK, await PostAsync("undo", """{"revision":1}""", _token));
        reviewed = await ReviewedMeeting();
        Assert.Null(RoleOf(reviewed, "Wang Wentao"));
        Assert.Equal(EventRoles.Agent, RoleOf(reviewed, "Ilham Aliyev"));

        // The history says which participant's role changed and to what, the undone line included.
        var history = HistoryLines().Matches(await _server.Client.GetStringAsync($"/articles/{ReviewSample.Id}")).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, history.Count);
        Assert.Contains("role of Wang Wentao → target; role of Ilham Aliyev → host", history[0]);
        Assert.Contains("participants → Ilham Aliyev, Wang Wentao", history[0]);
        Assert.Contains("undone", history[0]);
        Assert.Contains("role of Wang Wentao → host", history[4]);
        Assert.DoesNotContain("role of", history[3]);
    }

    [Theory]
    [InlineData("\"roles\":{\"Wang Wentao\":\"villain\"}")]   // not a role of the schema
    [InlineData("\"roles\":{\"Wang Wentao\":\"\"}")]
    [InlineData("\"roles\":{\"Vladimir Putin\":\"agent\"}")]   // not a participant of the event
    [InlineData("\"participants\":[\"Ilham Aliyev\"],\"roles\":{\"Wang Wentao\":\"host\"}")]   // dropped in the same decision
    public async Task A_role_outside_the_list_or_for_a_name_that_is_not_a_participant_is_refused(string fields)
    {
        Assert.Equal(HttpStatusCode.BadRequest, await CorrectMeeting(fields, _token));
        Assert.Empty(Stored());
    }

    [Fact]
    public async Task Only_events_have_roles()
    {
        var status = await PostAsync("decisions", $$$"""
            {"revision":1,"action":"correct","target":"{{{ReviewSample.Key("location", "Azerbaijan")}}}","roles":{"Azerbaijan":"host"}}
            """, _token);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Empty(Stored());
    }

    [Fact]
    public async Task A_role_change_without_the_csrf_token_or_from_another_origin_is_refused()
    {
        const string fields = "\"roles\":{\"Wang Wentao\":\"host\"}";
        Assert.Equal(HttpStatusCode.Forbidden, await CorrectMeeting(fields, null));
        Assert.Equal(HttpStatusCode.Forbidden, await CorrectMeeting(fields, "forged-token"));
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync("decisions",
            $$"""{"revision":1,"action":"correct","target":"{{MeetingKey}}",{{fields}}}""", _token, r => r.Headers.Add("Origin", "http://evil.example")));
        Assert.Empty(Stored());
    }

    [GeneratedRegex("<li class=\"[^\"]*\" data-seq=\"\\d+\">(.*?)</li>")]
    private static partial Regex HistoryLines();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\">")]
    private static partial Regex CsrfMeta();
}
