using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Extraction.Lexicons;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// Corrects the statistical recogniser where its training data (GMB) follows conventions other than the record's,
/// with rules that are certain enough not to need a model ("ner-rules"):
/// <list type="bullet">
/// <item>a span that swallowed an official's title ("Ambassador to Russia Polad Bulbuloglu" as one place) keeps only
/// the name after the title, as a PERSON;</item>
/// <item>a place or body that runs on into the name of the official titled just before ("Ambassador to Russia Polad
/// Bulbuloglu", "Chairman of the State Tax Service Orkhan Valiyev") is split, the name becoming a PERSON;</item>
/// <item>a country's long form ("Russian Federation", "Republic of Azerbaijan") is one LOCATION span, not pieces;</item>
/// <item>portfolio words inside an official's title ("Minister of Transport, Communications and …") are not
/// organisations, persons or places;</item>
/// <item>news agencies named in the copy (AZERTAC, TASS, Xinhua…, also inside hyphenated credits such as
/// "NNN-Bernama") are organisations, whatever the model said; so is a credit that closes the copy ("MAP: 12 May
/// 2023" on the last line, "(PAP)" at its end), which the list reads as an agency only there or in a dateline;</item>
/// <item>an international body's abbreviation written with full stops ("U.N.", "E.U.") is that organisation
/// (<see cref="DottedAbbreviations"/>);</item>
/// <item>an organisation span that coordinates a name with a body named with its country ("Azerpoct and Mail of
/// Russia") is two organisations;</item>
/// <item>an organisation whose name ends in a body word and continues with "of" and a country ("State Customs
/// Committee of Azerbaijan", "Mail of Russia") is one organisation: GMB tags the country separately;</item>
/// <item>an organisation followed by its organ's head noun ("Arab League" + "Council") is one organisation; so is an
/// organ named before its body ("Council" + "of the" + "Arab League");</item>
/// <item>a person's name cut at a particle ("Salman bin" + "Yousef Al Dosari") is one name (<see cref="ParticleNameJoiner"/>);</item>
/// <item>two person spans with a single space between them are one name ("Ahmad" + "Nazlan Idris", <see cref="AdjacentPersonJoiner"/>).</item>
/// <item>a surname written in capitals after the given names ("Karim BENSALAH") stays with them (<see cref="UpperCaseSurnames"/>).</item>
/// <item>an organisation span cut right before "Exhibition", "Forum", "Conference"… begins an event's name and
/// becomes one EVENT span with those words (<see cref="GatheringNames"/>);</item>
/// <item>an organisation span headed by a facility noun ("Harbour Street", "Vesta Arena") names a facility and
/// becomes a MISC span (<see cref="FacilityNames"/>);</item>
/// <item>an organisation span a day's name continues ("National" + "Day") begins a holiday's name and becomes one
/// MISC span with those words (<see cref="HolidayNames"/>);</item>
/// <item>a title in the possessive before a body noun ("the Prosecutor General's Office") is one organisation, not a
/// person (<see cref="TitleHoldersOffices"/>);</item>
/// <item>a body's name holding a plural possessive ("the Workers' Union", "the Armed Forces' General Staff") is one
/// organisation, not pieces cut at the apostrophe (<see cref="PluralPossessiveNames"/>);</item>
/// <item>a body's name cut inside its portfolio ("Ministry of Foreign" + "Affairs") is extended over the capitalised
/// portfolio words after it (<see cref="CutPortfolioNames"/>);</item>
/// <item>capital letters written before a name without full stops ("M A Mannan") are its initials
/// (<see cref="SpacedInitials"/>);</item>
/// <item>the writer on a byline line of their own ("By JEAN KAMARA") is a person, however cased
/// (<see cref="BylineNames"/>);</item>
/// <item>a country's name or adjective followed by an untagged body or company head ("Uzbekistan" + "Airways") is one
/// organisation with it (<see cref="BodyHeadsAfterNames"/>);</item>
/// <item>a body's name defined by an acronym in brackets is one organisation ("Federal Republic of Norland Customs
/// Directorate (FRNCD)", <see cref="AcronymDefinedNames"/>);</item>
/// <item>a body's name run on into the first words of the titled person's name after it ("African Union Commission
/// Moussa" | "Faki Mahamat") gives those words back to the name (<see cref="NamesStartedInsideBodies"/>).</item>
/// </list>
/// </summary>
public sealed partial class EntitySpanRefiner : IPipelineComponent
{
    public const string ComponentName = "ner-rules";

    /// <summary>Lower-case words that end a title when walking back from a name ("said", "met", "with").</summary>
    private static readonly HashSet<string> TitleStopWords = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "met", "with", "by", "and", "that", "who", "which", "was", "is", "were", "are", "has",
        "have", "had", "will", "would", "also", "as", "from", "between", "received", "visited", "signed", "held",
    };

    private static readonly HashSet<string> CompassWords = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Far", "Middle", "Upper", "Lower",
    };

    public string Name => ComponentName;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var spans = new List<EntitySpan>(document.EntitySpans.Count + 4);
        foreach (var span in document.EntitySpans)
        {
            var trimmed = TrimTrailingConnectors(document, span);
            if (trimmed.Label is EntityLabels.Organization or EntityLabels.Person or EntityLabels.Location && IsPortfolioInTitle(document, trimmed)) continue;
            if (trimmed.Label == EntityLabels.Person && (IsTitleComplement(document, trimmed) || EndsInBodyWord(document, trimmed)))
                spans.Add(trimmed with { Label = EntityLabels.Organization, Recognizer = ComponentName });
            else if (trimmed.Label != EntityLabels.Organization && WithoutTitle(document, trimmed) is { } person) spans.Add(person);
            else spans.AddRange(SplitNameRunOn(document, trimmed));
        }
        spans.RemoveAll(s => s.TokenCount == 0);
        RelabelSurnamesOfTitledNames(document, spans);
        RelabelRepeatsOfBodies(document, spans);
        AddCountryLongForms(document, spans);
        AddNewsAgencies(document, spans);
        DottedAbbreviations.Relabel(document, spans);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        ParticleNameJoiner.Join(document, spans);
        NamesStartedInsideBodies.Move(document, spans);
        AdjacentPersonJoiner.Join(document, spans);
        UpperCaseSurnames.Join(document, spans);
        SpacedInitials.Join(document, spans);
        BylineNames.Join(document, spans);
        AcronymDefinedNames.Join(document, spans);
        JoinBodiesWithTheirHead(document, spans);
        JoinOrgansWithTheirBody(document, spans);
        CutPortfolioNames.Extend(document, spans);
        BodyHeadsAfterNames.Join(document, spans);
        GatheringNames.Relabel(document, spans);
        FacilityNames.Relabel(document, spans);
        HolidayNames.Relabel(document, spans);
        TitleHoldersOffices.Join(document, spans);
        PluralPossessiveNames.Join(document, spans);
        JoinBodiesWithTheirCountry(document, spans);
        SplitCoordinatedBodies(document, spans);
        document.EntitySpans.Clear();
        document.EntitySpans.AddRange(spans);
    }

    /// <summary>For a span holding a title word, the PERSON span of the name that ends it; an empty span when no name is left.</summary>
    private static EntitySpan? WithoutTitle(Document document, EntitySpan span)
    {
        int lastTitle = -1;
        for (int t = span.FirstToken; t < span.EndToken; t++)
            if (TitleLexicon.IsStrongHead(document.TextOf(document.Tokens[t]).ToString())) lastTitle = t;
        if (lastTitle < 0) return null;

        int nameStart = span.EndToken;
        while (nameStart - 1 > lastTitle && IsNameWord(document, document.Tokens[nameStart - 1]))
            nameStart--;
        int nameLength = span.EndToken - nameStart;
        bool isName = nameLength >= 2 || (nameLength == 1 && span.Label == EntityLabels.Person);
        if (!isName)
            return span with { TokenCount = 0 };
        var first = document.Tokens[nameStart];
        return new EntitySpan(first.Start, span.End, nameStart, nameLength, EntityLabels.Person, ComponentName);
    }

    private static EntitySpan TrimTrailingConnectors(Document document, EntitySpan span)
    {
        int end = span.EndToken;
        while (end - 1 > span.FirstToken && TitleLexicon.IsConnector(document.TextOf(document.Tokens[end - 1]).ToString()))
            end--;
        return end == span.EndToken ? span : span with { End = document.Tokens[end - 1].End, TokenCount = end - span.FirstToken };
    }

    /// <summary>A span (organisation, person or place) made only of portfolio words that continues a title ("Minister of Transport, …").</summary>
    private static bool IsPortfolioInTitle(Document document, EntitySpan span)
    {
        for (int t = span.FirstToken; t < span.EndToken; t++)
        {
            var word = document.TextOf(document.Tokens[t]).ToString();
            if (!TitleLexicon.IsPortfolioWord(word) && !TitleLexicon.IsConnector(word) && word != ",") return false;
        }
        for (int t = span.FirstToken - 1, seen = 0; t >= 0 && seen < 12; t--, seen++)
        {
            var word = document.TextOf(document.Tokens[t]).ToString();
            if (TitleLexicon.IsStrongHead(word)) return true;
            if (!TitleLexicon.IsPortfolioWord(word) && !TitleLexicon.IsConnector(word) && word is not ("," or "of" or "and")) return false;
        }
        return false;
    }

    /// <summary>
    /// A place or organisation that is, or runs on into, the name of the official whose title precedes it ("Minister
    /// of Energy of Belarus Oleg Zhuk", "Chairman of the State Tax Service Orkhan Valiyev", "Prime
    /// Minister of Georgia Levan Kobakhidze" tagged as a body): the trailing name of two or three words becomes a
    /// PERSON; what precedes it keeps its label unless it is only title words ("Agriculture", "Brigadier General").
    /// A name right after the title's "of"/"for"/"to" is the body the title names ("President of Daesung
    /// Industrial"), not a person.
    /// </summary>
    private static IEnumerable<EntitySpan> SplitNameRunOn(Document document, EntitySpan span)
    {
        if (span.Label == EntityLabels.Person) return [span];
        int nameStart = span.EndToken;
        while (nameStart - 1 >= span.FirstToken && IsNameWord(document, document.Tokens[nameStart - 1])
               && !OrganisationHeads.Contains(document.TextOf(document.Tokens[nameStart - 1]).ToString()))
            nameStart--;
        if (span.EndToken - nameStart > 3) nameStart = span.EndToken - 2;
        // the first word of three ends the place or body the title names: "… of the Arctic Anatoly Bobrov",
        // "… for Central Asia Marco Bellini"
        if (span.EndToken - nameStart == 3 && nameStart > 0
            && (document.TextOf(document.Tokens[nameStart - 1]) is "of" or "for" or "to" or "the" || CompassWords.Contains(document.TextOf(document.Tokens[nameStart - 1]).ToString())))
            nameStart++;
        int nameLength = span.EndToken - nameStart;
        if (nameLength < 2) return [span];
        if (nameStart > 0 && (document.TextOf(document.Tokens[nameStart - 1]) is "of" or "for" or "to" or "the" or "and" or "&"
                              || CountryLexicon.ShortNameOfAdjective(document.TextOf(document.Tokens[nameStart - 1]).ToString()) is not null))
            return [span];
        if (!TitleEndsBefore(document, nameStart)) return [span];
        var person = new EntitySpan(document.Tokens[nameStart].Start, span.End, nameStart, nameLength, EntityLabels.Person, ComponentName);
        int prefixEnd = nameStart;
        while (prefixEnd > span.FirstToken && (IsRank(document, prefixEnd - 1) || document.TextOf(document.Tokens[prefixEnd - 1]) is "," or "-"))
            prefixEnd--;
        bool prefixIsTitle = true;
        for (int t = span.FirstToken; t < prefixEnd && prefixIsTitle; t++)
        {
            var word = document.TextOf(document.Tokens[t]).ToString();
            prefixIsTitle = TitleLexicon.IsTitleVocabulary(word) || TitleLexicon.IsConnector(word) || IsRank(document, t) || word == ",";
        }
        if (prefixEnd == span.FirstToken || prefixIsTitle) return [person];
        var lastOfPrefix = document.Tokens[prefixEnd - 1];
        return [span with { End = lastOfPrefix.End, TokenCount = prefixEnd - span.FirstToken, Recognizer = ComponentName }, person];
    }

    /// <summary>
    /// True when an official's title ends right before token <paramref name="index"/>: walking left over the title's
    /// words (capitalised words, connectors, inner commas, up to three lower-case words of a complement such as "the
    /// provincial police") reaches a head word ("minister", "spokesman", "ex-minister") before any other word.
    /// </summary>
    internal static bool TitleEndsBefore(Document document, int index)
    {
        int lower = 0;
        for (int t = index - 1; t >= 0 && t >= index - 14; t--)
        {
            var word = document.TextOf(document.Tokens[t]).ToString();
            if (TitleLexicon.IsStrongHead(word)) return true;
            if (word is "," or "-" || TitleLexicon.IsConnector(word)) continue;
            if (word.Length == 0 || !char.IsLetterOrDigit(word[0])) return false;
            if (char.IsUpper(word[0]) || char.IsDigit(word[0])) continue;
            if (TitleLexicon.IsTitleVocabulary(word) || ++lower <= 3 && !TitleStopWords.Contains(word)) continue;
            return false;
        }
        return false;
    }

    /// <summary>A person span right after a title's "of" ("chairman of Jinlong"): the body the title names.</summary>
    private static bool IsTitleComplement(Document document, EntitySpan span)
    {
        int t = span.FirstToken - 1;
        if (t >= 0 && document.TextOf(document.Tokens[t]) is "the") t--;
        if (t < 1 || !document.TextOf(document.Tokens[t]).SequenceEqual("of")) return false;
        return TitleLexicon.IsStrongHead(document.TextOf(document.Tokens[t - 1]).ToString());
    }

    /// <summary>
    /// An organisation span followed, after one space, by a span that is only a capitalised head noun ("Arab League" +
    /// "Council") is one body: the head names the organ of the body before it.
    /// </summary>
    private static void JoinBodiesWithTheirHead(Document document, List<EntitySpan> spans)
    {
        for (int i = spans.Count - 2; i >= 0; i--)
        {
            var body = spans[i];
            var head = spans[i + 1];
            if (body.Label != EntityLabels.Organization || head.TokenCount != 1 || head.FirstToken != body.EndToken) continue;
            if (head.Start - body.End != 1 || document.Text[body.End] != ' ') continue;
            var word = document.TextOf(document.Tokens[head.FirstToken]).ToString();
            if (!char.IsUpper(word[0]) || !OrganisationHeads.Contains(word)) continue;
            spans[i] = body with { End = head.End, TokenCount = body.TokenCount + 1, Recognizer = ComponentName };
            spans.RemoveAt(i + 1);
        }
    }

    /// <summary>
    /// An organ named before its body ("the Council of the Andean League"): a capitalised head word standing alone,
    /// untagged or tagged as an organisation, followed by "of the" and an organisation span, is one organisation with it.
    /// </summary>
    private static void JoinOrgansWithTheirBody(Document document, List<EntitySpan> spans)
    {
        for (int i = spans.Count - 1; i >= 0; i--)
        {
            var body = spans[i];
            if (body.Label != EntityLabels.Organization || body.FirstToken < 3) continue;
            int of = body.FirstToken - 2, organ = body.FirstToken - 3;
            if (!document.TextOf(document.Tokens[of]).SequenceEqual("of") || !document.TextOf(document.Tokens[of + 1]).SequenceEqual("the")) continue;
            var word = document.TextOf(document.Tokens[organ]).ToString();
            if (!char.IsUpper(word[0]) || !OrganisationHeads.Contains(word)) continue;
            // the organ stands alone: an organisation span of that one word, or no span at all (the spans are in text
            // order and apart, so only the one right before can hold it)
            if (i > 0 && spans[i - 1].EndToken > organ && !(spans[i - 1].Label == EntityLabels.Organization && spans[i - 1].TokenCount == 1)) continue;
            if (organ > 0 && char.IsUpper(document.TextOf(document.Tokens[organ - 1])[0]) && document.Tokens[organ - 1].End == document.Tokens[organ].Start - 1) continue;
            var first = document.Tokens[organ];
            EntitySpanList.Replace(spans, new EntitySpan(first.Start, body.End, organ, body.EndToken - organ, EntityLabels.Organization, ComponentName));
        }
    }

    /// <summary>A person span ending in a capitalised body word ("Lianyungang Port", "Rustavi Ferro Plant") names a body.</summary>
    private static bool EndsInBodyWord(Document document, EntitySpan span)
    {
        var last = document.TextOf(document.Tokens[span.EndToken - 1]).ToString();
        return span.TokenCount >= 2 && char.IsUpper(last[0]) && OrganisationHeads.Contains(last);
    }

    /// <summary>Once a span was made a body by these rules, the same words tagged as a person elsewhere are that body too.</summary>
    private static void RelabelRepeatsOfBodies(Document document, List<EntitySpan> spans)
    {
        var bodies = spans.Where(s => s.Label == EntityLabels.Organization && s.Recognizer == ComponentName)
            .Select(s => document.Slice(s.Start, s.End)).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < spans.Count; i++)
            if (spans[i].Label == EntityLabels.Person && bodies.Contains(document.Slice(spans[i].Start, spans[i].End)))
                spans[i] = spans[i] with { Label = EntityLabels.Organization, Recognizer = ComponentName };
    }

    /// <summary>A surname alone, tagged as a body or place, of a name the title rules made a PERSON becomes a PERSON too.</summary>
    private static void RelabelSurnamesOfTitledNames(Document document, List<EntitySpan> spans)
    {
        var surnames = spans.Where(s => s.Label == EntityLabels.Person && s.Recognizer == ComponentName && s.TokenCount >= 2)
            .Select(s => document.TextOf(document.Tokens[s.EndToken - 1]).ToString()).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            if (s.Label != EntityLabels.Person && s.TokenCount == 1 && surnames.Contains(document.Slice(s.Start, s.End)))
                spans[i] = s with { Label = EntityLabels.Person, Recognizer = ComponentName };
        }
    }

    private static bool IsRank(Document document, int index) => TitleLexicon.IsRank(document.TextOf(document.Tokens[index]).ToString());

    /// <summary>Every multi-word country name in the text becomes one LOCATION span, replacing the pieces overlapping it.</summary>
    private static void AddCountryLongForms(Document document, List<EntitySpan> spans)
    {
        var tokens = document.Tokens;
        // The long forms do not overlap one another (each search resumes after the last one found), so the spans
        // they replace are removed in one pass rather than once per long form.
        var found = new List<EntitySpan>();
        for (int t = 0; t < tokens.Count; t++)
        {
            var first = document.TextOf(tokens[t]);
            if (first.Length == 0 || !char.IsUpper(first[0])) continue;
            int end = CountryEndAt(document, t, tokens.Count, minimumWords: 2);
            if (end == t) continue;
            found.Add(new EntitySpan(tokens[t].Start, tokens[end - 1].End, t, end - t, EntityLabels.Location, ComponentName));
            t = end - 1;
        }
        if (found.Count == 0) return;
        spans.RemoveAll(s => OverlapsAny(found, s.Start, s.End));
        spans.AddRange(found);
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) overlaps one of <paramref name="sorted"/>, disjoint spans in text order.</summary>
    private static bool OverlapsAny(List<EntitySpan> sorted, int start, int end)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].End <= start) lo = mid + 1; else hi = mid;
        }
        return lo < sorted.Count && sorted[lo].Start < end;
    }

    /// <summary>The token after the longest country name starting at <paramref name="start"/>, or <paramref name="start"/> when none does.</summary>
    internal static int CountryEndAt(Document document, int start, int limit, int minimumWords = 1)
    {
        for (int words = Math.Min(CountryLexicon.MaxNameWords, limit - start); words >= minimumWords; words--)
        {
            var surface = document.Slice(document.Tokens[start].Start, document.Tokens[start + words - 1].End);
            if (CountryLexicon.ShortNameOf(surface) is not null) return start + words;
        }
        return start;
    }

    internal static bool IsNameWord(Document document, Token token)
    {
        var text = document.TextOf(token);
        if (text.Length < 2 || !char.IsUpper(text[0])) return false;
        var word = text.ToString();
        // acronyms ("NBG", "AIC") and compass words ("Far East", "Central Asia") name bodies and places, not people
        if (!word.Any(char.IsLower) || CompassWords.Contains(word)) return false;
        return !TitleLexicon.IsTitleVocabulary(word) && !TitleLexicon.IsConnector(word) && CountryLexicon.ShortNameOfAny(word) is null;
    }

    private static void AddNewsAgencies(Document document, List<EntitySpan> spans)
    {
        // Every agency token replaces the spans it touches; tokens never overlap one another, so removing all such
        // spans in one pass and then adding the agencies in text order gives the list one removal per token would.
        var agencies = new List<EntitySpan>();
        // where the copy's last line starts: only there is a credit the closing one (found once, not per word)
        var trimmed = document.Text.AsSpan().TrimEnd();
        int lastLine = trimmed.LastIndexOf('\n') + 1;
        for (int t = 0; t < document.Tokens.Count; t++)
        {
            var token = document.Tokens[t];
            var word = document.TextOf(token).ToString();
            if (!char.IsUpper(word[0])) continue;
            // a name of several words ("Saudi Press Agency", "Agence Tunis Afrique Presse"): the longest written here
            if (LongestAgencyName(document, t) is > 1 and var words)
            {
                var last = document.Tokens[t + words - 1];
                agencies.Add(new EntitySpan(token.Start, last.End, t, words, EntityLabels.Organization, ComponentName));
                t += words - 1;
                continue;
            }
            if (NewsAgencyLexicon.IsAgencyName(word) || (token.Start >= lastLine && NewsAgencyLexicon.IsNameAsWritten(word) && IsClosingCredit(document.Text, token.Start, token.End)))
            {
                agencies.Add(new EntitySpan(token.Start, token.End, t, 1, EntityLabels.Organization, ComponentName));
                continue;
            }
            // credit lines join agencies with hyphens ("NNN-Bernama"): each part that is an agency is one
            if (!word.Contains('-')) continue;
            foreach (var (part, start) in HyphenParts.Of(word, token.Start))
                if (part.Length > 1 && char.IsUpper(part[0]) && NewsAgencyLexicon.IsAgencyName(part))
                    agencies.Add(new EntitySpan(start, start + part.Length, t, 1, EntityLabels.Organization, ComponentName));
        }
        if (agencies.Count == 0) return;
        var tokens = new RangeIndex([.. agencies.Select(a => (a.Start, a.End))]);
        spans.RemoveAll(s => tokens.Overlaps(s.Start, s.End));
        spans.AddRange(agencies);
    }

    /// <summary>
    /// A credit that closes the copy: it opens the last line ("MAP: 12 May 2023", "PAP") or stands in brackets at the
    /// end of the last line ("… the talks ended. (PAP)"); with a date or nothing else after it.
    /// </summary>
    private static bool IsClosingCredit(string text, int start, int end)
    {
        var rest = text.AsSpan(end).TrimEnd();
        if (rest.Contains('\n')) return false;
        int lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var before = text.AsSpan(lineStart, start - lineStart).Trim();
        if (before.IsEmpty) return rest.IsEmpty || (rest[0] is ':' or '–' or '-' && !rest[1..].ContainsAny("abcdefghijklmnopqrstuvwxyz".AsSpan()) || ClosingDate(rest));
        return before.EndsWith("(") && rest.SequenceEqual(")");
    }

    /// <summary>": 12 May 2023": a colon or dash and a date, the month spelled out.</summary>
    private static bool ClosingDate(ReadOnlySpan<char> rest) => rest.Length < 30 && rest[0] is ':' or '–' or '-' && ClosingDatePattern().IsMatch(rest);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[:–-]\s*\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}$")]
    private static partial System.Text.RegularExpressions.Regex ClosingDatePattern();

    /// <summary>How many tokens from <paramref name="first"/>, separated by single spaces, make the longest agency name of two words or more; 0 if none.</summary>
    private static int LongestAgencyName(Document document, int first)
    {
        if (!NewsAgencyLexicon.StartsLongName(document.TextOf(document.Tokens[first]))) return 0;
        int best = 0;
        var name = new System.Text.StringBuilder(document.TextOf(document.Tokens[first]).ToString());
        for (int k = first + 1; k < document.Tokens.Count && k - first < NewsAgencyLexicon.MaxNameWords; k++)
        {
            if (document.Tokens[k].Start - document.Tokens[k - 1].End != 1 || document.Text[document.Tokens[k - 1].End] != ' ') break;
            name.Append(' ').Append(document.TextOf(document.Tokens[k]));
            if (NewsAgencyLexicon.IsAgencyName(name.ToString())) best = k - first + 1;
        }
        return best;
    }

    /// <summary>
    /// An organisation span "X and B of C" whose second conjunct is a whole body named with its country ("Azerpoct and
    /// Mail of Russia") names two bodies: one name is cut off by the "and", the other is such a body ("Ministry of Trade
    /// and Industry" stays whole: "Industry" is no body of a country).
    /// </summary>
    private static void SplitCoordinatedBodies(Document document, List<EntitySpan> spans)
    {
        for (int i = spans.Count - 1; i >= 0; i--)
        {
            var span = spans[i];
            if (span.Label != EntityLabels.Organization) continue;
            for (int and = span.FirstToken + 1; and < span.EndToken - 3; and++)
            {
                if (!document.TextOf(document.Tokens[and]).SequenceEqual("and")) continue;
                int head = and + 1;
                if (!OrganisationHeads.Contains(document.TextOf(document.Tokens[head]).ToString())) continue;
                if (!document.TextOf(document.Tokens[head + 1]).SequenceEqual("of")) continue;
                int countryStart = head + 2;
                if (countryStart < span.EndToken && document.TextOf(document.Tokens[countryStart]).SequenceEqual("the")) countryStart++;
                if (CountryEndAt(document, countryStart, span.EndToken) != span.EndToken) continue;
                var first = span with { End = document.Tokens[and - 1].End, TokenCount = and - span.FirstToken, Recognizer = ComponentName };
                var second = span with { Start = document.Tokens[head].Start, FirstToken = head, TokenCount = span.EndToken - head, Recognizer = ComponentName };
                spans[i] = first;
                spans.Insert(i + 1, second);
                break;
            }
        }
    }

    private static void JoinBodiesWithTheirCountry(Document document, List<EntitySpan> spans)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var body = spans[i];
            if (body.Label != EntityLabels.Organization) continue;
            if (!OrganisationHeads.Contains(document.TextOf(document.Tokens[body.EndToken - 1]).ToString())) continue;
            int next = body.EndToken;
            if (next >= document.Tokens.Count || !document.TextOf(document.Tokens[next]).SequenceEqual("of")) continue;
            int countryStart = next + 1;
            if (countryStart < document.Tokens.Count && document.TextOf(document.Tokens[countryStart]).SequenceEqual("the")) countryStart++;
            int countryEnd = CountryEnd(document, spans, i + 1, countryStart);
            if (countryEnd <= countryStart) continue;
            var last = document.Tokens[countryEnd - 1];
            spans.RemoveAll(s => s != body && s.Start >= document.Tokens[next].Start && s.End <= last.End);
            spans[spans.IndexOf(body)] = body with { End = last.End, TokenCount = countryEnd - body.FirstToken, Recognizer = ComponentName };
        }
    }

    /// <summary>The token after a country named from <paramref name="start"/> (a place span there, or a known country name); else <paramref name="start"/>.</summary>
    private static int CountryEnd(Document document, List<EntitySpan> spans, int from, int start)
    {
        if (start >= document.Tokens.Count) return start;
        for (int j = from; j < spans.Count && spans[j].FirstToken <= start; j++)
            if (spans[j].FirstToken == start && EntityLabels.IsPlace(spans[j].Label)) return spans[j].EndToken;
        return CountryEndAt(document, start, document.Tokens.Count);
    }
}
