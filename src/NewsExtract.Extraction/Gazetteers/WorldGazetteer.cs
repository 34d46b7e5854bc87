using System.Diagnostics;
using System.Globalization;

namespace NewsExtract.Extraction.Gazetteers;

/// <summary>
/// World knowledge built from open sources (GeoNames, the countries and adjectives lists, the world-leaders directory,
/// the international-organisations list): countries with ISO codes, cities and regions with GeoNames ids, international
/// organisations and office titles. Read once from <c>models/gazetteer/</c> (see <see cref="GazetteerFiles"/>);
/// immutable afterwards and safe to share across threads.
/// </summary>
public sealed class WorldGazetteer
{
    public const string FolderName = "gazetteer";

    /// <summary>The most populous candidate wins an ambiguous name when it has this many times the next one's people.</summary>
    public const int DominanceRatio = 5;

    private readonly HashSet<string> _capitals;

    private readonly Dictionary<string, GazetteerCountry> _countryByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerCountry> _countryByUpperName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerCountry> _countryByAdjective = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerCountry> _countryByCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<GazetteerPlace>> _placesByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GazetteerOrganisation> _organisationByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _organisationNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _organisationAbbreviations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titles = new(StringComparer.OrdinalIgnoreCase);

    private WorldGazetteer(IReadOnlyList<GazetteerCountry> countries, IReadOnlyList<GazetteerPlace> places,
        IReadOnlyList<GazetteerOrganisation> organisations, IReadOnlyList<(string Title, int Count)> titles, string folder, TimeSpan loadTime)
    {
        Countries = countries;
        Places = places;
        Organisations = organisations;
        Titles = [.. titles.Select(t => t.Title)];
        TitleCounts = [.. titles.Select(t => t.Count)];
        Folder = folder;
        LoadTime = loadTime;
        _capitals = countries.Select(c => c.Capital).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        // the most populous country claims a name or adjective several share
        foreach (var c in countries.OrderByDescending(c => c.Population))
        {
            _countryByCode.TryAdd(c.Iso2, c);
            _countryByCode.TryAdd(c.Iso3, c);
            foreach (var name in (string[])[c.Name, c.OfficialName, .. c.OtherNames])
            {
                if (name.Length < 2) continue;
                _countryByName.TryAdd(name, c);
                _countryByUpperName.TryAdd(name.ToUpperInvariant(), c);
            }
            foreach (var adjective in c.Adjectives.Concat(c.Demonyms)) _countryByAdjective.TryAdd(adjective, c);
        }
        foreach (var p in places)
        {
            foreach (var name in p.OtherNames.Prepend(p.Name))
            {
                if (!_placesByName.TryGetValue(name, out var list)) _placesByName[name] = list = [];
                if (!list.Contains(p)) list.Add(p);
            }
        }
        foreach (var list in _placesByName.Values) list.Sort((a, b) => b.Population.CompareTo(a.Population));
        foreach (var o in organisations)
        {
            foreach (var name in o.Abbreviations.Concat(o.OtherNames).Prepend(o.Name))
            {
                _organisationByName.TryAdd(name, o);
                _organisationByName.TryAdd(OtherSpelling(name), o);
            }
            foreach (var name in o.OtherNames.Prepend(o.Name))
            {
                _organisationNames.Add(name);
                _organisationNames.Add(OtherSpelling(name));
                LongestOrganisationName = Math.Max(LongestOrganisationName, name.Split(' ').Length);
            }
            _organisationAbbreviations.UnionWith(o.Abbreviations);
        }
        foreach (var t in Titles) _titles.Add(t);
    }

    public IReadOnlyList<GazetteerCountry> Countries { get; }

    public IReadOnlyList<GazetteerPlace> Places { get; }

    public IReadOnlyList<GazetteerOrganisation> Organisations { get; }

    /// <summary>Office titles as the directories write them ("Minister of Foreign Affairs"), most frequent first.</summary>
    public IReadOnlyList<string> Titles { get; }

    /// <summary>How often each of <see cref="Titles"/> is written in the directories (same order).</summary>
    public IReadOnlyList<int> TitleCounts { get; }

    /// <summary>The folder the gazetteer was read from.</summary>
    public string Folder { get; }

    public TimeSpan LoadTime { get; }

    /// <summary>
    /// The country a name stands for: its short, official or other name ("Russian Federation", "UAE") as written, or
    /// in capitals ("RUSSIA" in a dateline). Adjectives are not names: see <see cref="CountryByAdjective"/>.
    /// </summary>
    public GazetteerCountry? CountryByName(string name) =>
        _countryByName.TryGetValue(name, out var c) ? c
        : IsAllCapitals(name) && _countryByUpperName.TryGetValue(name, out c) ? c : null;

    /// <summary>The country of an adjective or demonym, capitalised as copy writes it ("Georgian", "Azerbaijanis").</summary>
    public GazetteerCountry? CountryByAdjective(string adjective) => _countryByAdjective.GetValueOrDefault(adjective);

    /// <summary>The country with this ISO 3166-1 alpha-2 or alpha-3 code.</summary>
    public GazetteerCountry? CountryByCode(string code) => _countryByCode.GetValueOrDefault(code);

    /// <summary>Places known by this name (case-insensitive), most populous first; empty when none.</summary>
    public IReadOnlyList<GazetteerPlace> PlacesNamed(string name) => _placesByName.TryGetValue(name, out var list) ? list : [];

    /// <summary>
    /// The place a list of candidates for one name stands for without other evidence: the only one, or one country's
    /// most populous, or a capital, or the most populous when it has <see cref="DominanceRatio"/> times the people of the
    /// next; else null.
    /// </summary>
    public GazetteerPlace? Unambiguous(IReadOnlyList<GazetteerPlace> candidates)
    {
        if (candidates.Count == 0) return null;
        if (candidates.Select(c => c.CountryCode).Distinct().Count() == 1) return candidates[0];
        var top = candidates[0];
        if (top.Kind == PlaceKind.City && _capitals.Contains(top.Name)) return top;
        long second = candidates.Skip(1).Max(c => c.Population);
        return second > 0 && top.Population >= DominanceRatio * second ? top : null;
    }

    /// <summary>The city a name stands for on its own (<see cref="Unambiguous"/> among the cities of that name), or null.</summary>
    public GazetteerPlace? UnambiguousCity(string name) => Unambiguous([.. PlacesNamed(name).Where(p => p.Kind == PlaceKind.City)]);

    /// <summary>The country a city name stands for on its own ("Baku" → Azerbaijan; an ambiguous name → null).</summary>
    public GazetteerCountry? CountryOfCity(string name) => UnambiguousCity(name) is { } city ? CountryByCode(city.CountryCode) : null;

    /// <summary>True when the name stands for a country (<see cref="CountryByName"/>) or for one city without other evidence.</summary>
    public bool IsCountryOrUnambiguousCity(string name) => CountryByName(name) is not null || UnambiguousCity(name) is not null;

    /// <summary>Whether the phrase is an international organisation's name or other name, in any case and either "-isation" spelling.</summary>
    public bool IsOrganisationName(string phrase) => _organisationNames.Contains(phrase);

    /// <summary>Whether the word is an international organisation's abbreviation exactly as written ("WHO", not "who").</summary>
    public bool IsOrganisationAbbreviation(string word) => _organisationAbbreviations.Contains(word);

    /// <summary>The most words an international organisation's name or other name has.</summary>
    public int LongestOrganisationName { get; private set; }

    /// <summary>The international organisation with this name, other name or abbreviation.</summary>
    public GazetteerOrganisation? OrganisationNamed(string name) => _organisationByName.GetValueOrDefault(name);

    public bool IsTitle(string title) => _titles.Contains(title);

    // The name in the other of the British and American spellings of "-isation" words ("Shanghai Cooperation
    // Organisation" / "Organization"): copy writes either, the sources one.
    private static string OtherSpelling(string name) =>
        name.Contains("isation", StringComparison.OrdinalIgnoreCase) ? name.Replace("isation", "ization", StringComparison.OrdinalIgnoreCase)
        : name.Replace("ization", "isation", StringComparison.OrdinalIgnoreCase);

    private static bool IsAllCapitals(string s) => s.Any(char.IsLetter) && !s.Any(char.IsLower);

    private static readonly Lazy<WorldGazetteer> Default = new(() =>
    {
        string folder = FindDefault() ?? throw new DirectoryNotFoundException(
            $"The world gazetteer models/{FolderName}/ was not found beside the program or above it (build it with: newsextract build gazetteer).");
        return Load(folder);
    });

    /// <summary>The shipped gazetteer, loaded once per process; a clear error when it cannot be found.</summary>
    public static WorldGazetteer LoadDefault() => Default.Value;

    /// <summary>
    /// <c>models/gazetteer/</c> beside the executable, or in the nearest folder above it (a source checkout). Null when
    /// there is none.
    /// </summary>
    public static string? FindDefault()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "models", FolderName);
            if (File.Exists(Path.Combine(candidate, GazetteerFiles.Countries))) return candidate;
        }
        return null;
    }

    /// <summary>Reads a gazetteer folder; an <see cref="InvalidDataException"/> naming the file and line when a row is malformed.</summary>
    public static WorldGazetteer Load(string folder)
    {
        var clock = Stopwatch.StartNew();
        var countries = Read(folder, GazetteerFiles.Countries, GazetteerFiles.CountryColumns, c => new GazetteerCountry(
            c[0], c[1], c[2], c[3], GazetteerFiles.SplitList(c[4]), GazetteerFiles.SplitList(c[5]), GazetteerFiles.SplitList(c[6]),
            NullIfEmpty(c[7]), NullIfEmpty(c[8]), c[9].Length == 0 ? null : long.Parse(c[9], CultureInfo.InvariantCulture),
            long.Parse(c[10], CultureInfo.InvariantCulture)));
        var places = Read(folder, GazetteerFiles.Places, GazetteerFiles.PlaceColumns, c => new GazetteerPlace(
            long.Parse(c[0], CultureInfo.InvariantCulture), c[1], GazetteerFiles.SplitList(c[2]), c[3], NullIfEmpty(c[4]),
            Enum.Parse<PlaceKind>(c[5], ignoreCase: true), long.Parse(c[6], CultureInfo.InvariantCulture)));
        var organisations = Read(folder, GazetteerFiles.Organisations, GazetteerFiles.OrganisationColumns, c => new GazetteerOrganisation(
            c[0], GazetteerFiles.SplitList(c[1]), GazetteerFiles.SplitList(c[2]), NullIfEmpty(c[3])));
        var titles = Read(folder, GazetteerFiles.Titles, GazetteerFiles.TitleColumns, c => (c[0], int.Parse(c[1], CultureInfo.InvariantCulture)));
        return new WorldGazetteer(countries, places, organisations, titles, folder, clock.Elapsed);
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static List<T> Read<T>(string folder, string file, string[] columns, Func<string[], T> parse)
    {
        string path = Path.Combine(folder, file);
        var rows = new List<T>();
        using var reader = new StreamReader(path);
        string? header = reader.ReadLine();
        if (header != string.Join('\t', columns))
            throw new InvalidDataException($"{path}: the header is not \"{string.Join("\\t", columns)}\"; rebuild with: newsextract build gazetteer");
        int lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var cells = line.Split('\t');
            if (cells.Length != columns.Length)
                throw new InvalidDataException($"{path}:{lineNumber}: {cells.Length} columns where {columns.Length} are expected");
            try { rows.Add(parse(cells)); }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: {e.Message}", e);
            }
        }
        return rows;
    }
}
