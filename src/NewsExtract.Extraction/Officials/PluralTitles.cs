using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// A title written in the plural before a list of names ("Deputy prime ministers X and Y", "Foreign Ministers X, Y and
/// Z") is each one's office in the singular: the first name's title loses the plural, and every name coordinated
/// right after it ("and", a comma) with no title of its own gets the same one.
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

    /// <summary>The title with its last word, a plural head ("ministers", "chairmen", "secretaries"), made singular; null when it is not plural.</summary>
    public static string? Singular(string title)
    {
        int space = title.LastIndexOf(' ');
        var last = title[(space + 1)..];
        // a plural inside the title's complement is no plural office: "Chairman of the Cabinet of Ministers"
        if (title.Split(' ').Any(w => TitleLexicon.IsConnector(w))) return null;
        string? one = last.EndsWith("men", StringComparison.OrdinalIgnoreCase) ? last[..^3] + last[^3] + "an"
            : last.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? last[..^3] + (char.IsUpper(last[^1]) ? "Y" : "y")
            : last.Length > 3 && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.OrdinalIgnoreCase) ? last[..^1]
            : null;
        if (one is null || !TitleLexicon.IsStrongHead(one)) return null;
        return title[..(space + 1)] + one;
    }
}
