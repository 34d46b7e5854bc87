using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// An organisation span that stops right before a capitalised gathering noun (the conference words of
/// <see cref="EventTriggerLexicon"/>: Exhibition, Forum, Conference, Summit, Expo, Congress, Symposium) is the start
/// of an event's name, not a body: "the 24th Azerbaijan International | Exhibition and Conference". The span, the
/// noun and further capitalised gathering nouns joined by "and" or "&amp;" become one EVENT span; a country opening
/// the name stays a LOCATION of its own, as whose event it is. A body whose name
/// ends in such a noun ("World Economic Forum") is left alone: only a name cut before the noun is read this way.
/// An organisation span whose head is a gathering or a contest ("International Conference for the Recovery of Vesta",
/// "Nordic Cup", "Baltic Summit": the last capitalised word before the first "of", "for", "on" or "in") names an
/// event too; "Forum" and "Congress", which also head the names of bodies, do not count there.
/// </summary>
public static class GatheringNames
{
    /// <summary>Nouns heading the name of a contest, which the conference words do not cover.</summary>
    private static readonly HashSet<string> ContestHeads = new(StringComparer.Ordinal)
    {
        "Cup", "Championship", "Championships", "Games", "Olympics", "Olympiad", "Tournament",
    };

    /// <summary>Conference words that also head bodies' names ("World Economic Forum", "Indian National Congress").</summary>
    private static readonly HashSet<string> BodyHeadsToo = new(StringComparer.OrdinalIgnoreCase) { "Forum", "Congress" };

    public static void Relabel(Document document, List<EntitySpan> spans)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Label != EntityLabels.Organization) continue;
            if (HeadedByGathering(document, span))
            {
                spans[i] = span with { Label = EntityLabels.Event, Recognizer = EntitySpanRefiner.ComponentName };
                continue;
            }
            int end = GatheringRunEnd(document, span.EndToken);
            if (end == span.EndToken) continue;
            if (i + 1 < spans.Count && spans[i + 1].FirstToken < end) continue; // the model tagged the words after
            // the longest country name opening the span that leaves a word of the name after it
            int first = span.FirstToken, country = EntitySpanRefiner.CountryEndAt(document, first, span.EndToken - 1);
            if (country > first)
            {
                // a country opening the name says whose event it is ("Azerbaijan International Exhibition"): it stays a place
                spans.Insert(i, new EntitySpan(span.Start, document.Tokens[country - 1].End, first, country - first, EntityLabels.Location, EntitySpanRefiner.ComponentName));
                i++;
                first = country;
            }
            spans[i] = new EntitySpan(document.Tokens[first].Start, document.Tokens[end - 1].End, first, end - first, EntityLabels.Event, EntitySpanRefiner.ComponentName);
        }
    }

    /// <summary>The token after the run of gathering nouns that starts at <paramref name="index"/> after one space; <paramref name="index"/> itself when none starts there.</summary>
    private static int GatheringRunEnd(Document document, int index)
    {
        int end = index;
        int next = index;
        while (next < document.Tokens.Count && IsGatheringNoun(document, next) && OneSpaceBefore(document, next))
        {
            end = next + 1;
            if (end + 1 < document.Tokens.Count && document.TextOf(document.Tokens[end]) is "and" or "&" && OneSpaceBefore(document, end))
                next = end + 1;
            else break;
        }
        return end;
    }

    /// <summary>The span's head (<see cref="NameHead"/>) names a gathering or a contest.</summary>
    private static bool HeadedByGathering(Document document, EntitySpan span)
    {
        int head = NameHead.Of(document, span);
        if (head < 0) return false;
        var text = document.TextOf(document.Tokens[head]).ToString();
        return ContestHeads.Contains(text) || !BodyHeadsToo.Contains(text) && IsGatheringNoun(document, head);
    }

    private static bool IsGatheringNoun(Document document, int index)
    {
        var word = document.TextOf(document.Tokens[index]).ToString();
        return word.Length > 1 && char.IsUpper(word[0]) && EventTriggerLexicon.MatchesIn(word, EventTypes.Conference).Any(m => m.Length == word.Length);
    }

    private static bool OneSpaceBefore(Document document, int index) =>
        index > 0 && document.Tokens[index].Start - document.Tokens[index - 1].End == 1 && document.Text[document.Tokens[index].Start - 1] == ' ';
}
