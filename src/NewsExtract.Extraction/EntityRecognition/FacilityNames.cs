using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// An organisation span whose head (<see cref="NameHead"/>) names a kind of built place ("Harbour Street", "Vesta
/// Arena", "Presidential Palace": <see cref="FacilityWords"/>) names a facility, not a body: it becomes a MISC span,
/// which the record leaves out, and a city or country inside it still counts as a place (places-in-names). So does
/// an organisation span alone in brackets right after a facility noun: the facility's code or short name ("Harbour
/// Street (E11)").
/// </summary>
public static class FacilityNames
{
    public static void Relabel(Document document, List<EntitySpan> spans)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Label != EntityLabels.Organization) continue;
            if (NameHead.Of(document, span) is >= 0 and var head && FacilityWords.Contains(document.TextOf(document.Tokens[head]).ToString())
                || IsBracketedAfterFacility(document, span))
                spans[i] = span with { Label = EntityLabels.Misc, Recognizer = EntitySpanRefiner.ComponentName };
        }
    }

    /// <summary>The span fills a bracket that opens right after a facility noun: "… Street (E11)".</summary>
    private static bool IsBracketedAfterFacility(Document document, EntitySpan span)
    {
        int open = span.FirstToken - 1, close = span.EndToken;
        if (open < 1 || close >= document.Tokens.Count) return false;
        return document.TextOf(document.Tokens[open]) is "(" && document.TextOf(document.Tokens[close]) is ")"
            && FacilityWords.Contains(document.TextOf(document.Tokens[open - 1]).ToString());
    }
}
