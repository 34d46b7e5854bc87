using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// The candidate states an official may serve, each with the feature tokens of its evidence, for the country
/// classifier: named in the title ("of Russia", "Russian …", and whether after "to"/"for", the state the office is
/// aimed at), in the sentence of a titled mention (how far, on which side, the words around it: "his Georgian
/// counterpart", "the Uzbek Foreign Minister"), in the organisation, as the article's home state (and how that was
/// found: dateline country, capital or city, agency, most named), and how often the article names it. One extra
/// candidate, "none", carries what speaks for no state: an international body, a company, no state named at all.
/// </summary>
public static partial class ServedCountryFeatures
{
    /// <summary>Every state named in the text, sentence by sentence (longest form first: "South Korea's" before "Korea").</summary>
    /// <remarks>Without the lexicon, only the project's <see cref="CountryLexicon"/> names count.</remarks>
    public static List<CountryOccurrence> Occurrences(string text, IReadOnlyList<(int Start, int End)> sentences, OfficialLexicon? lexicon)
    {
        var found = new List<CountryOccurrence>();
        for (int si = 0; si < sentences.Count; si++)
        {
            var words = WordScanner.Scan(text, sentences[si].Start, sentences[si].End);
            for (int i = 0; i < words.Count; i++)
            {
                if (!char.IsUpper(text[words[i].Start])) continue;
                // most capitalised words begin no state's name: ruled out without building the surfaces after them
                var run = NameFirstWords.RunAt(text, words[i].Start);
                if (!(lexicon is null ? CountryLexicon.FirstWords.MayBegin(run) : lexicon.MayBeginCountry(run))) continue;
                for (int n = Math.Min(4, words.Count - i); n >= 1; n--)
                {
                    var surface = text[words[i].Start..words[i + n - 1].End];
                    if ((lexicon is null ? CountryLexicon.ShortNameOfAny(surface) : lexicon.CountryOf(surface)) is not { } country) continue;
                    var bare = CountryLexicon.StripPossessive(surface);
                    bool adjective = CountryLexicon.ShortNameOf(bare) is null && lexicon?.CodeOf(bare) is null;
                    found.Add(new CountryOccurrence(words[i].Start, words[i + n - 1].End, country, adjective, si));
                    i += n - 1;
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>The candidates for one official: each state with its features, then null ("none") with its own.</summary>
    public static List<(string? Country, string Features)> For(OfficialDraft official, IReadOnlyList<CountryOccurrence> occurrences,
        IReadOnlyList<(int Start, int End)> sentences, HomeState home, IReadOnlyList<(int Start, int End)> otherPeople, OfficialLexicon lexicon)
    {
        var head = OfficialLinkFeatures.Words(official.Title.Title).LastOrDefault(TitleLexicon.IsHead)?.ToLowerInvariant() ?? "none";
        var evidence = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string country, string token)
        {
            if (!evidence.TryGetValue(country, out var set)) evidence[country] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(token);
        }

        if (official.TitleCountry is { } titleCountry) Add(titleCountry, "title-country");
        if (CounterpartCountry(official.Links[0].Context.Text, official.Mentions, occurrences) is { } counterpart) Add(counterpart, "counterpart");
        bool bySentence = IsSortedBy(occurrences, o => o.Sentence);
        foreach (var link in official.Links)
        {
            int sentence = IndexOf(sentences, link.Mention.Start);
            int pairStart = Math.Min(link.Title.Start, link.Mention.Start), pairEnd = Math.Max(link.Title.End, link.Mention.End);
            foreach (var o in InSentence(occurrences, bySentence, sentence))
            {
                var text = link.Context.Text;
                if (o.Start >= link.Title.Start && o.End <= link.Title.End)
                {
                    var before = PreviousWord(text, o.Start);
                    Add(o.Country, before is "to" or "for" ? "title-target" : before is "of" or "the" ? "title-of" : o.Start == link.Title.Start ? "title-lead" : "title-inside");
                    continue;
                }
                if (o.Start >= link.Mention.Start && o.End <= link.Mention.End) continue;
                bool left = o.End <= pairStart;
                int gapStart = left ? o.End : pairEnd, gapEnd = left ? pairStart : o.Start;
                int distance = Regex.Matches(text[gapStart..Math.Max(gapStart, gapEnd)], @"\w+").Count;
                string side = left ? "left" : "right";
                Add(o.Country, $"sent-{side}-{OfficialLinkFeatures.Bucket(distance, 0, 1, 2, 4, 8, 15)}");
                Add(o.Country, $"sent-{side}-{(o.Adjective ? "adj" : "name")}");
                if (distance <= 3) Add(o.Country, $"sent-{side}-near");
                if (otherPeople.Any(p => p.Start >= gapStart && p.End <= gapEnd)) Add(o.Country, $"sent-{side}-person-between");
            }
        }
        foreach (var m in official.Mentions)
        {
            int sentence = IndexOf(sentences, m.Start);
            foreach (var o in InSentence(occurrences, bySentence, sentence)) Add(o.Country, "mention-sentence");
        }
        if (official.Organization is { } organization)
            foreach (var o in occurrences.Where(o => organization.Contains(o.Country, StringComparison.Ordinal)).Select(o => o.Country).Distinct())
                Add(o, "org");
        if (home.Country is { } homeCountry) Add(homeCountry, "home-" + home.How);

        var counts = occurrences.GroupBy(o => o.Country).Select(g => (Country: g.Key, Count: g.Count(), First: g.Min(o => o.Start)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.First).ToList();
        for (int r = 0; r < counts.Count; r++)
        {
            Add(counts[r].Country, "named-" + OfficialLinkFeatures.Bucket(counts[r].Count, 1, 2, 4));
            Add(counts[r].Country, "rank-" + OfficialLinkFeatures.Bucket(r + 1, 1, 2, 3));
        }

        // the first state the body names (past a dateline's first words) is often the story's subject
        if (occurrences.Where(o => o.Start >= DatelineChars).MinBy(o => o.Start) is { } firstNamed) Add(firstNamed.Country, "first-named");

        var candidates = new List<(string?, string)>();
        foreach (var (country, tokens) in evidence)
        {
            var sb = new StringBuilder("state");
            foreach (var t in tokens.OrderBy(t => t, StringComparer.Ordinal))
            {
                sb.Append(' ').Append(t);
            }
            candidates.Add((country, sb.ToString()));
        }
        var none = new StringBuilder("none none&h=").Append(head);
        var bodyText = official.Title.Title + " " + official.Organization;
        if (InternationalBodies.IsNamedIn(bodyText)) none.Append(" none&intl");
        if (CompanyWord().IsMatch(bodyText)) none.Append(" none&company");
        if (official.TitleCountry is null) none.Append(" none&no-title-country");
        if (home.Country is null) none.Append(" none&no-home");
        none.Append(" none&states=").Append(OfficialLinkFeatures.Bucket(counts.Count, 0, 1, 2));
        candidates.Add((null, none.ToString()));
        return candidates;
    }

    /// <summary>
    /// The state of an official introduced as someone's counterpart: "his Georgian counterpart, X", "the Uzbek
    /// colleague X" — an adjective or name right before "counterpart"/"colleague" right before one of the mentions.
    /// </summary>
    public static string? CounterpartCountry(string text, IEnumerable<Mention> mentions, IReadOnlyList<CountryOccurrence> occurrences)
    {
        bool byEnd = IsSortedBy(occurrences, o => o.End);
        foreach (var m in mentions.OrderBy(m => m.Start))
        {
            // in text order the occurrences ending within 20 characters before the mention are one run, found by bisection
            int from = byEnd ? FirstWith(occurrences, o => o.End, m.Start - 19) : 0;
            for (int i = from; i < occurrences.Count; i++)
            {
                var o = occurrences[i];
                if (byEnd && o.End > m.Start) break;
                if (o.End <= m.Start && m.Start - o.End < 20 && CounterpartGap().IsMatch(text[o.End..m.Start])) return o.Country;
            }
        }
        return null;
    }

    /// <summary>The occurrences in one sentence, in their order: a run of the list, which <see cref="Occurrences"/> gives sentence by sentence.</summary>
    private static IEnumerable<CountryOccurrence> InSentence(IReadOnlyList<CountryOccurrence> occurrences, bool bySentence, int sentence)
    {
        if (!bySentence)
        {
            foreach (var o in occurrences)
                if (o.Sentence == sentence) yield return o;
            yield break;
        }
        for (int i = FirstWith(occurrences, o => o.Sentence, sentence); i < occurrences.Count && occurrences[i].Sentence == sentence; i++)
            yield return occurrences[i];
    }

    private static bool IsSortedBy(IReadOnlyList<CountryOccurrence> occurrences, Func<CountryOccurrence, int> key)
    {
        for (int i = 1; i < occurrences.Count; i++)
            if (key(occurrences[i]) < key(occurrences[i - 1])) return false;
        return true;
    }

    /// <summary>The index of the first occurrence whose key is ≥ <paramref name="value"/> in a list sorted by that key.</summary>
    private static int FirstWith(IReadOnlyList<CountryOccurrence> occurrences, Func<CountryOccurrence, int> key, int value)
    {
        int lo = 0, hi = occurrences.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (key(occurrences[mid]) < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>How far a dateline's place and credit reach into the text, at most.</summary>
    private const int DatelineChars = 40;

    // The word (a run of letters, digits and apostrophes) or single mark next to an offset, read in place: the text
    // before or after it is not copied, so the cost does not grow with the article.
    private static string PreviousWord(string text, int offset)
    {
        int end = offset;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == 0) return "START";
        int start = end;
        while (start > 0 && IsWordChar(text[start - 1])) start--;
        if (start == end) start = end - 1;
        return Lower(text[start..end]);
    }

    private static string NextWord(string text, int offset)
    {
        int start = offset;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        if (start == text.Length) return "END";
        int end = start;
        while (end < text.Length && IsWordChar(text[end])) end++;
        if (end == start) end = start + 1;
        return Lower(text[start..end]);
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c) || c is '\'' or '’';

    private static string Lower(string word) => char.IsUpper(word[0]) && !TitleLexicon.IsTitleVocabulary(word) ? "Cap" : word.ToLowerInvariant();

    private static int IndexOf(IReadOnlyList<(int Start, int End)> sentences, int offset) => SentenceRanges.IndexAt(sentences, offset);

    [GeneratedRegex(@"^\s+(counterpart|colleague|opposite number)\s*,?\s*$")]
    private static partial Regex CounterpartGap();

    [GeneratedRegex(@"\b(Company|Corporation|Corp|Group|LLC|Ltd|Limited|Inc|JSC|PJSC|PLC|Holding|Holdings|Airlines|Co|SE|AG|GmbH|CEO|owner|co-owner|founder|Plant|Factory|Bank)\b")]
    private static partial Regex CompanyWord();
}
