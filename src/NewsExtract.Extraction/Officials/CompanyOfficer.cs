using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Splits a company officer's title phrase into the role and the company, as the annotation guide writes them
/// (the title is the role as written; the organisation is the body): "Owner of the Karsk Group" → "Owner" and
/// "Karsk Group"; "former co-owner of the Estonian bank Varmo" → "former co-owner" and "Varmo"; "Borisk
/// Holding CEO" → "CEO" and "Borisk Holding". A name is a company's when a legal form or company head noun is part
/// of it (<see cref="CompanyWords"/>) or a lower-case company noun stands right before it ("the bank Varmo").
/// Offices of states and international bodies are not split.
/// </summary>
public static class CompanyOfficer
{
    /// <summary>The role's and the company's word indices, or null when the phrase names no company.</summary>
    public static (List<int> Role, List<int> Company)? Split(TitleContext s, List<int> kept)
    {
        for (int i = 1; i < kept.Count - 1; i++)
        {
            if (s[kept[i]] is not ("of" or "at")) continue;
            var role = kept.GetRange(0, i);
            if (!role.Any(k => TitleLexicon.IsHead(s[k]))) continue;
            var company = CompanyAfter(s, kept, i + 1);
            if (company is not null) return (role, company);
        }
        return CompanyBefore(s, kept);
    }

    /// <summary>"[the] [adjectives] [company noun] Name": the name, when it is a company's.</summary>
    private static List<int>? CompanyAfter(TitleContext s, List<int> kept, int from)
    {
        if (from < kept.Count && s[kept[from]] == "the") from++;
        if (from >= kept.Count) return null;
        var body = kept.GetRange(from, kept.Count - from);
        if (body.Any(k => s[k] is "of" or "for" or "to" or "and" or "at")) return null;
        int noun = body.FindIndex(k => TitleReader.CompanyNouns.Contains(s[k]));
        if (noun >= 0 && noun + 1 < body.Count && body.Skip(noun + 1).All(s.IsCapitalized)) return body.GetRange(noun + 1, body.Count - noun - 1);
        bool named = body.All(k => s.IsCapitalized(k) || !char.IsLetter(s[k][0]));
        return named && s.IsCapitalized(body[0]) && body.Any(k => CompanyWords.Contains(s[k])) ? NameOnly(s, body) : null;
    }

    /// <summary>"Severstroi Group CEO": a company's name written before the role.</summary>
    private static (List<int> Role, List<int> Company)? CompanyBefore(TitleContext s, List<int> kept)
    {
        int head = kept.FindIndex(k => TitleLexicon.IsHead(s[k]));
        if (head < 2) return null;
        var name = kept.GetRange(0, head);
        if (!name.All(s.IsCapitalized) || !CompanyWords.Contains(s[name[^1]]) || name.Any(k => TitleLexicon.IsTitleVocabulary(s[k]) && !CompanyWords.Contains(s[k])))
            return null;
        return (kept.GetRange(head, kept.Count - head), name);
    }

    /// <summary>The name without a bracketed short form after it: "Sandvik Tube Plant (STP)".</summary>
    private static List<int> NameOnly(TitleContext s, List<int> body)
    {
        int bracket = body.FindIndex(k => s[k] == "(");
        return bracket > 0 ? body.GetRange(0, bracket) : body;
    }
}
