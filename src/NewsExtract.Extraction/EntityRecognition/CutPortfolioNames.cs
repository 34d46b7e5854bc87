using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// A body's name the recogniser cut inside its portfolio ("Ministry of Foreign" | "Affairs", "Ministry of Transport" |
/// "and Communications"): an organisation span headed by a body word and followed, one space on, by capitalised
/// portfolio words no other span holds (joined by "and", "&amp;" or a comma when another capitalised portfolio word
/// follows) is extended over them.
/// </summary>
public static class CutPortfolioNames
{
    public static void Extend(Document document, List<EntitySpan> spans)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Label != EntityLabels.Organization || !HasBodyWord(document, span)) continue;
            int limit = i + 1 < spans.Count ? spans[i + 1].FirstToken : document.Tokens.Count;
            int end = span.EndToken;
            for (int t = end; t < limit; t++)
            {
                if (!ParticleNameJoiner.Adjacent(document, t - 1, t) && !IsCommaAfter(document, t)) break;
                var word = document.TextOf(document.Tokens[t]).ToString();
                if (IsCapitalisedPortfolio(word)) { end = t + 1; continue; }
                if (word is "and" or "&" or "," && t + 1 < limit && IsCapitalisedPortfolio(document.TextOf(document.Tokens[t + 1]).ToString())) continue;
                break;
            }
            if (end > span.EndToken)
                spans[i] = span with { End = document.Tokens[end - 1].End, TokenCount = end - span.FirstToken, Recognizer = EntitySpanRefiner.ComponentName };
        }
    }

    private static bool HasBodyWord(Document document, EntitySpan span)
    {
        for (int t = span.FirstToken; t < span.EndToken; t++)
        {
            var word = document.TextOf(document.Tokens[t]).ToString();
            if (char.IsUpper(word[0]) && (TitleLexicon.IsBodyWord(word) || OrganisationHeads.Contains(word))) return true;
        }
        return false;
    }

    private static bool IsCapitalisedPortfolio(string word) => word.Length > 1 && char.IsUpper(word[0]) && TitleLexicon.IsPortfolioWord(word);

    /// <summary>The token is a comma written right after the word before it.</summary>
    private static bool IsCommaAfter(Document document, int t) =>
        document.TextOf(document.Tokens[t]) is "," && document.Tokens[t].Start == document.Tokens[t - 1].End;
}
