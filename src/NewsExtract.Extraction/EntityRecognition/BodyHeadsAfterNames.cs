using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// A country's name or adjective the recogniser ended one word short of a body's head ("Uzbekistan" | "Airways",
/// "Georgian" | "Railway"): a span naming a country (whatever its label) followed, one space on, by a capitalised head of a
/// body's or a company's name that no span holds (<see cref="OrganisationHeads"/>, <see cref="CompanyWords"/>) is, with
/// it, one organisation. So is a person's name a body is named after ("Kofi Annan" | "Foundation", "Second Infantry" |
/// "Division"). Other names are left as the recogniser cut them ("SCO" | "Council of Heads of Government").
/// </summary>
public static class BodyHeadsAfterNames
{
    public static void Join(Document document, List<EntitySpan> spans)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Label is not (EntityLabels.Location or EntityLabels.Gpe or EntityLabels.Norp or EntityLabels.Organization or EntityLabels.Person)) continue;
            var name = document.Slice(span.Start, span.End);
            if (CountryLexicon.ShortNameOf(name) is null && CountryLexicon.ShortNameOfAdjective(name) is null && !IsPersonsName(name, span)) continue;
            int head = span.EndToken;
            if (head >= document.Tokens.Count || i + 1 < spans.Count && spans[i + 1].FirstToken <= head) continue;
            if (!ParticleNameJoiner.Adjacent(document, head - 1, head)) continue;
            var word = document.TextOf(document.Tokens[head]).ToString();
            if (word.Length < 2 || !char.IsUpper(word[0]) || !OrganisationHeads.IsBodyOrCompanyHead(word)) continue;
            spans[i] = span with { End = document.Tokens[head].End, TokenCount = span.TokenCount + 1, Label = EntityLabels.Organization, Recognizer = EntitySpanRefiner.ComponentName };
        }
    }

    /// <summary>
    /// A name of two to four capitalised words with no acronym, body head or company word in it ("Kofi Annan", "Second
    /// Infantry"): a person's name a body is named after ("Kofi Annan Foundation"), whether the recogniser called it a
    /// person or the body's name; a place's name is left to the country rule.
    /// </summary>
    private static bool IsPersonsName(string name, EntitySpan span)
    {
        if (span.Label is not (EntityLabels.Person or EntityLabels.Organization) || span.TokenCount is < 2 or > 4) return false;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length < 2 || !char.IsUpper(word[0]) || word.All(c => !char.IsLetter(c) || char.IsUpper(c))) return false;
            if (OrganisationHeads.IsBodyOrCompanyHead(word)) return false;
        }
        return true;
    }
}
