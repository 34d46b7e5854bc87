using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// A title written in the plural before a list of names ("Deputy prime ministers X and Y", "Foreign Ministers X, Y and
/// Z") is each one's office in the singular: the first name's title loses the plural, and every name coordinated
/// right after it ("and", a comma) with no title of its own gets the same one. So is a plural office the predicate
/// of coordinated names gives ("X and Y have been appointed ministers"): the last name's title loses the plural and
/// every name coordinated before it gets the same one.
/// </summary>
public static class PluralTitles
{
    /// <summary>The candidates with plural titles made singular, plus one candidate for each further name of their lists.</summary>
    public static List<OfficialCandidate> Spread(Document document, List<OfficialCandidate> found, HashSet<string> untagged)
    {
        var result = new List<OfficialCandidate>(found.Count);
        var titled = found.Select(c => c.Mention.Start).ToHashSet();
        var added = new List<OfficialCandidate>();
        foreach (var c in found)
        {
            if (!c.TitleBefore && PluralPredicate(c.Context, c.LastWord) && Singular(c.Title.Title) is { } office)
            {
                var one = c.Title with { Title = office };
                result.Add(c with { Title = one });
                for (int joint = c.FirstWord - 1; PreviousInList(c.Context, joint) is { } last; )
                {
                    int first = last;
                    while (first > 0 && c.Context.InPerson(first - 1)) first--;
                    if (MentionAt(document, c.Context.Words[first].Start) is not { } person || titled.Contains(person.Mention.Start)) break;
                    added.Add(new OfficialCandidate(person.Entity, person.Mention, one, false, c.Context, first, last, untagged.Contains(person.Entity.Name)));
                    titled.Add(person.Mention.Start);
                    joint = first - 1;
                }
                continue;
            }
            if (!c.TitleBefore || Singular(c.Title.Title) is not { } singular)
            {
                result.Add(c);
                continue;
            }
            var title = c.Title with { Title = singular };
            result.Add(c with { Title = title });
            var ctx = c.Context;
            int k = c.LastWord + 1;
            while (NextInList(ctx, k) is { } first)
            {
                int last = first;
                while (last + 1 < ctx.Words.Count && ctx.InPerson(last + 1)) last++;
                if (MentionAt(document, ctx.Words[first].Start) is not { } person || titled.Contains(person.Mention.Start)) break;
                added.Add(new OfficialCandidate(person.Entity, person.Mention, title, true, ctx, first, last, untagged.Contains(person.Entity.Name)));
                titled.Add(person.Mention.Start);
                k = last + 1;
            }
        }
        result.AddRange(added);
        return result;
    }

    /// <summary>The first word of the next name in a list that goes on at word <paramref name="k"/> (", Y", "and Y", ", and Y"), else null.</summary>
    private static int? NextInList(TitleContext ctx, int k)
    {
        if (k < ctx.Words.Count && ctx[k] == ",") k++;
        if (k < ctx.Words.Count && ctx[k] == "and") k++;
        return k < ctx.Words.Count && k > 0 && ctx[k - 1] is "," or "and" && ctx.InPerson(k) ? k : null;
    }

    /// <summary>The last word of the name before a list's joint at word <paramref name="k"/> ("X and", "X,", "X, and"), else null.</summary>
    private static int? PreviousInList(TitleContext ctx, int k)
    {
        if (k < 1 || ctx[k] is not ("," or "and")) return null;
        if (ctx[k] == "and" && ctx[k - 1] == ",") k--;
        return k >= 1 && ctx.InPerson(k - 1) ? k - 1 : null;
    }

    /// <summary>The name ending at word <paramref name="last"/> is the subject of a plural predicate: "… Y have been appointed", "… Y were named".</summary>
    private static bool PluralPredicate(TitleContext ctx, int last) =>
        last + 1 < ctx.Words.Count && ctx[last + 1] is "have" or "were";

    private static (Entity Entity, Mention Mention)? MentionAt(Document document, int start)
    {
        foreach (var e in document.Entities)
        {
            if (e.Label != EntityLabels.Person) continue;
            foreach (var m in e.Mentions)
                if (m.Start == start) return (e, m);
        }
        return null;
    }

    /// <summary>
    /// The title with its plural heads before any complement made singular ("deputy ministers" → "deputy minister",
    /// "ministers - members of the State Council" → "minister - member of the State Council"); null when the word
    /// before the complement (or the last word) is no plural head or none names an office on its own. A plural inside
    /// the complement is no plural office: "Chairman of the Council of Elders".
    /// </summary>
    public static string? Singular(string title)
    {
        var words = title.Split(' ');
        int complement = Array.FindIndex(words, TitleLexicon.IsConnector);
        int end = complement < 0 ? words.Length : complement;
        if (end == 0 || SingularHead(words[end - 1]) is null || !words[..end].Any(w => SingularHead(w) is { } one && TitleLexicon.IsStrongHead(one))) return null;
        for (int i = 0; i < end; i++)
            if (SingularHead(words[i]) is { } one) words[i] = one;
        return string.Join(' ', words);
    }

    /// <summary>True for a title head in the plural ("ministers", "members").</summary>
    public static bool IsPluralHead(string word) => SingularHead(word) is not null;

    /// <summary>The singular of a plural title head ("ministers", "chairmen", "secretaries", "members"), else null.</summary>
    private static string? SingularHead(string word)
    {
        string? one = word.EndsWith("men", StringComparison.OrdinalIgnoreCase) ? word[..^3] + word[^3] + "an"
            : word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? word[..^3] + (char.IsUpper(word[^1]) ? "Y" : "y")
            : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) ? word[..^1]
            : null;
        return one is not null && TitleLexicon.IsHead(one) ? one : null;
    }
}
