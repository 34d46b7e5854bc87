using System.Globalization;
using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// The data the officials model reads besides the text. World knowledge comes from the shipped world gazetteer
/// (<see cref="WorldGazetteer"/>, <c>models/gazetteer/</c>): the states (ISO 3166-1 alpha-2 code, name, official and
/// other names, nationality adjectives and demonyms, capital) and the words office titles are made of (every word of
/// the gazetteer's office titles written at least <see cref="MinTitleWordCount"/> times). The one table of the model's
/// own, <c>models/officials/title-words.tsv</c> (built by <c>train officials</c> from the CIA world-leaders
/// directory), says which words several states use as a portfolio ("culture", "land", "justice").
/// </summary>
public sealed class OfficialLexicon
{
    public const string TitleWordsFileName = "title-words.tsv";

    /// <summary>A word counts as a portfolio when at least this many states' titles use it as one.</summary>
    public const int MinPortfolioStates = 3;

    /// <summary>A word of the gazetteer's office titles counts as a title word when the titles using it are written this often.</summary>
    public const int MinTitleWordCount = 3;

    private readonly HashSet<string> _titleWords;
    private readonly HashSet<string> _portfolioWords;
    private readonly Dictionary<string, (string Name, string Code)> _forms;
    private readonly Dictionary<string, string> _capitals;
    private readonly NameFirstWords _formFirstWords;

    public OfficialLexicon(IEnumerable<string> titleWords, IEnumerable<string> portfolioWords, IEnumerable<GazetteerCountry> countries)
    {
        _titleWords = new HashSet<string>(titleWords, StringComparer.OrdinalIgnoreCase);
        _portfolioWords = new HashSet<string>(portfolioWords, StringComparer.OrdinalIgnoreCase);
        _forms = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        _capitals = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // the most populous state claims a form several share, as in the gazetteer
        foreach (var c in countries.OrderByDescending(c => c.Population))
        {
            foreach (var form in ((string[])[c.Name, c.OfficialName, .. c.OtherNames, .. c.Adjectives, .. c.Demonyms]).Where(f => f.Length > 1))
                _forms.TryAdd(form, (c.Name, c.Iso2));
            if (c.Capital is { Length: > 0 } capital) _capitals.TryAdd(capital, c.Name);
        }
        _formFirstWords = new NameFirstWords(_forms.Keys);
    }

    /// <summary>
    /// False when no state's form can begin at the start of <paramref name="run"/> (the non-space characters at a
    /// place in the text; <see cref="NameFirstWords"/>): <see cref="CountryOf"/> then finds nothing for any surface
    /// starting there.
    /// </summary>
    public bool MayBeginCountry(ReadOnlySpan<char> run) => CountryLexicon.FirstWords.MayBegin(run) || _formFirstWords.MayBegin(run);

    public int TitleWordCount => _titleWords.Count;

    public int PortfolioWordCount => _portfolioWords.Count;

    public int CountryCount => _forms.Values.Select(v => v.Code).Distinct().Count();

    /// <summary>Reads <c>title-words.tsv</c> from <paramref name="directory"/>; the rest from the gazetteer (the shipped one when null).</summary>
    public static OfficialLexicon Load(string directory, WorldGazetteer? world = null)
    {
        var titlePath = Path.Combine(directory, TitleWordsFileName);
        if (!File.Exists(titlePath)) throw new FileNotFoundException($"The officials resource {titlePath} does not exist; `newsextract train officials` builds it.", titlePath);
        world ??= WorldGazetteer.LoadDefault();
        var cells = File.ReadLines(titlePath).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        var portfolio = cells.Where(c => c.Length > 2 && int.TryParse(c[2], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= MinPortfolioStates).Select(c => c[0]);
        return new OfficialLexicon(TitleWordsOf(world.Titles, world.TitleCounts), portfolio, world.Countries);
    }

    /// <summary>
    /// The lower-cased words of office titles whose titles are written at least <see cref="MinTitleWordCount"/> times
    /// in all (<paramref name="counts"/>[i] is how often <paramref name="titles"/>[i] is written).
    /// </summary>
    public static IEnumerable<string> TitleWordsOf(IReadOnlyList<string> titles, IReadOnlyList<int> counts)
    {
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < titles.Count; i++)
        {
            foreach (var token in titles[i].Split([' ', ',', '(', ')', '/', ';', ':'], StringSplitOptions.RemoveEmptyEntries))
            {
                var w = token.Trim('.', '\'', '"').ToLowerInvariant();
                if (w.Length < 2 || !w.All(ch => char.IsLetter(ch) || ch == '-')) continue;
                total[w] = total.GetValueOrDefault(w) + counts[i];
            }
        }
        return total.Where(kv => kv.Value >= MinTitleWordCount).Select(kv => kv.Key);
    }

    /// <summary>True for a word the directory's titles use as a portfolio or field ("culture", "land", "justice").</summary>
    public bool IsPortfolioWord(string word) => _portfolioWords.Contains(word);

    /// <summary>True for a word that office titles in the gazetteer are made of ("minister", "deputy", "affairs").</summary>
    public bool IsTitleWord(string word) => _titleWords.Contains(word);

    /// <summary>
    /// The state a name, long form, possessive or adjective denotes, as a short name: the project's
    /// <see cref="CountryLexicon"/> first (its names are the record's), else this lexicon's states; null when none.
    /// </summary>
    public string? CountryOf(string surface)
    {
        if (surface.Length < 2 || !char.IsUpper(surface[0])) return null;
        if (CountryLexicon.ShortNameOfAny(surface) is { } known) return known;
        var stripped = CountryLexicon.StripPossessive(surface.Trim());
        if (stripped.StartsWith("the ", StringComparison.Ordinal)) stripped = stripped[4..];
        return _forms.TryGetValue(stripped, out var c) ? c.Name : null;
    }

    /// <summary>The country whose capital a dateline city is ("SEOUL" → South Korea), else null.</summary>
    public string? CountryOfCapital(string city)
    {
        if (!_capitals.TryGetValue(city.Trim(), out var name)) return null;
        return CountryLexicon.ShortNameOf(name) ?? name;
    }

    /// <summary>The ISO 3166-1 alpha-2 code of a state's short name ("Russia" → "RU"), else null.</summary>
    public string? CodeOf(string? country)
    {
        if (string.IsNullOrWhiteSpace(country)) return null;
        if (_forms.TryGetValue(country, out var c)) return c.Code;
        // a short name of the project's lexicon the gazetteer spells otherwise: try its other names
        foreach (var name in CountryLexicon.Names)
            if (CountryLexicon.ShortNameOf(name) == country && _forms.TryGetValue(name, out c)) return c.Code;
        return null;
    }
}
