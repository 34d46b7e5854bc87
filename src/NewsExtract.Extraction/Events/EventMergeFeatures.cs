using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// What a learned merge decision (<see cref="EventMergeModel"/>) reads about a sentence event and the happenings of
/// its type told before it: the rules' decision, the restatement cues (<see cref="RestatementCues"/>), whether its
/// participants, amounts, date and place are shared with, absent from or in conflict with the earlier ones, how
/// close the latest one is, a few wording cues (a pronoun or "the" opening the sentence, "also", "another") and the
/// event type. Every feature is 0 or 1.
/// </summary>
public static partial class EventMergeFeatures
{
    private static readonly string[] Fixed =
    [
        "rule_merges", "cue_refers_back", "cue_one_of_set", "cue_opens_new",
        "participants_none", "participants_shared", "participants_all_new",
        "amounts_none", "amounts_shared", "amounts_all_new",
        "date_none", "date_conflicts", "place_conflicts",
        "adjacent_to_latest", "two_or_more_earlier",
        "opens_with_reference", "says_also", "says_another",
    ];

    /// <summary>The feature names, in the order of the vectors <see cref="Of"/> returns.</summary>
    public static readonly IReadOnlyList<string> Names = [.. Fixed, .. EventTypes.All.Select(t => "type_" + t)];

    /// <param name="candidate">the sentence event</param>
    /// <param name="amounts">the amounts its sentence states</param>
    /// <param name="sentence">its sentence's text</param>
    /// <param name="earlier">the happenings of its type so far (merged events with their amounts), in text order</param>
    /// <param name="ruleMerges">whether the coalescer's rules merge it</param>
    /// <param name="sameParticipant">whether two participant names name the same participant</param>
    public static float[] Of(ArticleEvent candidate, IReadOnlySet<decimal> amounts, string sentence,
        IReadOnlyList<(ArticleEvent Event, IReadOnlySet<decimal> Amounts)> earlier, bool ruleMerges, Func<string, string, bool> sameParticipant)
    {
        var f = new float[Names.Count];
        int i = 0;
        void Set(bool value) => f[i++] = value ? 1f : 0f;
        Set(ruleMerges);
        Set(earlier.Count > 0 && RestatementCues.RefersBack(sentence, candidate.Type));
        Set(RestatementCues.SinglesOutOneOfASet(sentence, candidate.Type));
        Set(RestatementCues.OpensNewHappening(sentence));
        bool shared = earlier.Any(h => h.Event.Participants.Any(x => candidate.Participants.Any(y => sameParticipant(x, y))));
        Set(candidate.Participants.Count == 0);
        Set(shared);
        Set(candidate.Participants.Count > 0 && !shared);
        bool sharedAmount = earlier.Any(h => h.Amounts.Overlaps(amounts));
        Set(amounts.Count == 0);
        Set(sharedAmount);
        Set(amounts.Count > 0 && !sharedAmount && earlier.Any(h => h.Amounts.Count > 0));
        Set(candidate.Date is null);
        var dated = earlier.Where(h => h.Event.Date is not null).ToList();
        Set(candidate.Date is not null && dated.Count > 0 && !dated.Any(h => DatesAgree(h.Event.Date!, candidate.Date)));
        var placed = earlier.Where(h => h.Event.Location is not null).ToList();
        Set(candidate.Location is not null && placed.Count > 0 && !placed.Any(h => string.Equals(h.Event.Location, candidate.Location, StringComparison.OrdinalIgnoreCase)));
        // the latest happening's last sentence ends where this one starts (white space between)
        Set(earlier.Count > 0 && candidate.Sentence.Start - earlier.Max(h => h.Event.Sentence.End) is >= 0 and <= 3);
        Set(earlier.Count >= 2);
        Set(OpensWithReference().IsMatch(sentence));
        Set(Also().IsMatch(sentence));
        Set(Another().IsMatch(sentence));
        for (int t = 0; t < EventTypes.All.Count; t++) Set(EventTypes.All[t] == candidate.Type);
        return f;
    }

    private static bool DatesAgree(string a, string b) =>
        a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    [GeneratedRegex(@"^\W*(?:he|she|it|they|his|her|its|their|this|these|those|the)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpensWithReference();

    [GeneratedRegex(@"\balso\b", RegexOptions.IgnoreCase)]
    private static partial Regex Also();

    [GeneratedRegex(@"\b(?:another|further|second|third|additional|separate|other)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Another();
}
