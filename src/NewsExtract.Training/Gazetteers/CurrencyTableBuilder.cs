using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsExtract.Extraction.Numbers.Money;

namespace NewsExtract.Training.Gazetteers;

/// <summary>
/// Builds <c>models/gazetteer/currencies.tsv</c>, the table the money recogniser loads, from the open gazetteers —
/// GeoNames <c>geonames/countryInfo.tsv</c> (CC BY 4.0: currency code and name per country) and mledoze
/// <c>countries/countries.json</c> (ODbL 1.0: currency names and symbols, country names and demonyms) — and the
/// project's curated <c>models/gazetteer/curated/currency-words.tsv</c> (the local words and symbols copy uses that
/// the sources lack, and how ambiguous forms resolve).
/// </summary>
public static class CurrencyTableBuilder
{
    public const string TableFileName = "currencies.tsv";
    public const string CuratedFileName = "currency-words.tsv";

    /// <summary>
    /// Reads the gazetteers under <paramref name="gazetteersDir"/> and the curated file under
    /// <paramref name="outputDir"/>/curated, and writes <paramref name="outputDir"/>/currencies.tsv (atomically).
    /// </summary>
    /// <returns>The number of currencies written.</returns>
    public static int Build(string gazetteersDir, string outputDir)
    {
        ArgumentException.ThrowIfNullOrEmpty(gazetteersDir);
        ArgumentException.ThrowIfNullOrEmpty(outputDir);
        var countryInfo = Path.Combine(gazetteersDir, "geonames", "countryInfo.tsv");
        var countriesJson = Path.Combine(gazetteersDir, "countries", "countries.json");
        var curated = Path.Combine(outputDir, "curated", CuratedFileName);
        foreach (var required in new[] { countryInfo, countriesJson, curated })
        {
            if (!File.Exists(required))
                throw new FileNotFoundException($"The currency table needs {required}, which does not exist.", required);
        }

        var table = new SortedDictionary<string, Draft>(StringComparer.Ordinal);
        ReadCountriesJson(countriesJson, ReadCountryInfo(countryInfo, table), table);
        ApplyCurated(curated, table);

        var entries = table.Values.Select(d => d.ToEntry()).ToList();
        Directory.CreateDirectory(outputDir);
        var target = Path.Combine(outputDir, TableFileName);
        var temp = target + ".tmp";
        using (var writer = new StreamWriter(temp, false, CurrencyTableFile.Encoding))
            CurrencyTableFile.Write(writer, entries);
        File.Move(temp, target, overwrite: true);
        return entries.Count;
    }

    /// <summary>Reads GeoNames' country table; returns each country's currency (ISO 3166 alpha-2 → ISO 4217).</summary>
    private static Dictionary<string, string> ReadCountryInfo(string path, SortedDictionary<string, Draft> table)
    {
        var primary = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var f = line.Split('\t');
            if (f.Length < 12 || !IsCode(f[10]))
                continue;
            primary[f[0]] = f[10];
            var draft = Get(table, f[10]);
            draft.Countries.Add(f[0]);
            draft.CountryWords.Add(f[4]);
            draft.FallbackName = f[11];
            draft.AddName(f[11]);
        }
        return primary;
    }

    /// <summary>
    /// Reads currency names and symbols; country names and demonyms count for a currency only where it is the
    /// country's own (GeoNames' currency, or the only one listed), so "Zimbabwean euro" is not made up.
    /// </summary>
    private static void ReadCountriesJson(string path, Dictionary<string, string> primary, SortedDictionary<string, Draft> table)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        foreach (var country in json.RootElement.EnumerateArray())
        {
            if (!country.TryGetProperty("currencies", out var currencies) || currencies.ValueKind != JsonValueKind.Object)
                continue;
            string? cca2 = country.TryGetProperty("cca2", out var c2) ? c2.GetString() : null;
            string? common = country.GetProperty("name").TryGetProperty("common", out var cn) ? cn.GetString() : null;
            var demonyms = new List<string>();
            if (country.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
            {
                foreach (var form in eng.EnumerateObject())
                {
                    if (form.Value.GetString() is { Length: > 0 } d && !demonyms.Contains(d))
                        demonyms.Add(d);
                }
            }
            foreach (var currency in currencies.EnumerateObject())
            {
                if (!IsCode(currency.Name))
                    continue;
                var draft = Get(table, currency.Name);
                bool own = cca2 is not null && (currencies.EnumerateObject().Count() == 1
                    || (primary.TryGetValue(cca2, out var primaryCode) && primaryCode == currency.Name));
                string? name = currency.Value.TryGetProperty("name", out var n) ? n.GetString() : null;
                if (!string.IsNullOrWhiteSpace(name))
                {
                    draft.NameIfUnset(name);
                    draft.AddName(name);
                    var noun = LastWord(name);
                    if (own)
                    {
                        foreach (var qualifier in demonyms.Append(common ?? ""))
                        {
                            if (qualifier.Length > 0)
                                draft.AddName(qualifier + " " + noun);
                        }
                    }
                }
                if (currency.Value.TryGetProperty("symbol", out var s) && s.GetString() is { } symbols)
                {
                    foreach (var symbol in symbols.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (IsReadableSymbol(symbol))
                            draft.Symbols.Add(symbol);
                    }
                }
                if (!own)
                    continue;
                draft.Countries.Add(cca2!);
                if (common is not null)
                    draft.CountryWords.Add(common);
                foreach (var d in demonyms)
                    draft.CountryWords.Add(d);
            }
        }
    }

    private static void ApplyCurated(string path, SortedDictionary<string, Draft> table)
    {
        int lineNumber = 0;
        var ignoredSymbols = new List<(string Symbol, string Code)>();
        var ignoredNames = new List<(string Name, string Code)>();
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
                continue;
            var f = line.Split('\t');
            if (f.Length < 3 || !IsCode(f[2]) || f[1].Length == 0)
                throw new InvalidDataException($"{path} line {lineNumber}: expected kind, text and a three-letter code, tab-separated.");
            var (kind, text, code) = (f[0], f[1], f[2]);
            if (kind == "currency")
            {
                var added = Get(table, code);
                added.NameIfUnset(f.Length > 3 && f[3].Length > 0 ? f[3] : text);
                added.AddName(text);
                continue;
            }
            if (!table.TryGetValue(code, out var draft))
                throw new InvalidDataException($"{path} line {lineNumber}: unknown currency {code} (add a 'currency' line first).");
            switch (kind)
            {
                case "name": draft.AddName(text); break;
                case "symbol": draft.Symbols.Add(text); break;
                case "symbol-after": draft.Symbols.Add(text); draft.AfterSymbols.Add(text); break;
                case "fixed": draft.FixedFor.Add(text); break;
                case "default": draft.DefaultFor.Add(text); break;
                case "alias": draft.Aliases.Add(text); break;
                case "ignore-code": draft.ReadCode = false; break;
                case "ignore-symbol": ignoredSymbols.Add((text, code)); break;
                case "ignore-name": ignoredNames.Add((text, code)); break;
                default: throw new InvalidDataException($"{path} line {lineNumber}: unknown kind '{kind}'.");
            }
        }
        foreach (var (symbol, code) in ignoredSymbols)
            table[code].Symbols.RemoveAll(s => s == symbol);
        foreach (var (name, code) in ignoredNames)
            table[code].Names.Remove(name);
    }

    private static Draft Get(SortedDictionary<string, Draft> table, string code)
    {
        if (!table.TryGetValue(code, out var draft))
            table[code] = draft = new Draft(code);
        return draft;
    }

    private static bool IsCode(string s) => s.Length == 3 && s.All(c => c is >= 'A' and <= 'Z');

    private static string LastWord(string name)
    {
        int space = name.LastIndexOf(' ');
        return space < 0 ? name : name[(space + 1)..];
    }

    /// <summary>
    /// A source symbol worth reading in English copy: no single letters (they are words and units: "m", "L", "P"),
    /// no right-to-left or Asian scripts (English copy writes the code or name instead).
    /// </summary>
    private static bool IsReadableSymbol(string symbol)
    {
        int letters = symbol.Count(char.IsLetter);
        if (letters == 1 && symbol.Length == 1)
            return false;
        foreach (var c in symbol)
        {
            if (char.IsLetter(c) && c > '\u04FF')
                return false;
        }
        return true;
    }

    /// <summary>Lower-case, letters without diacritics ("złoty" → "zloty", "đồng" → "dong", "soʻm" → "som").</summary>
    internal static string Fold(string name)
    {
        var decomposed = name.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is 'ʻ' or 'ʼ')
                continue;
            sb.Append(c switch { 'ł' => 'l', 'đ' => 'd', 'ø' => 'o', 'æ' => 'a', 'ß' => 's', _ => c });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private sealed class Draft(string code)
    {
        private string? _name;

        /// <summary>GeoNames' short name ("Dinar"), used when no source gives a full one.</summary>
        public string? FallbackName { get; set; }
        public SortedSet<string> Names { get; } = new(StringComparer.Ordinal);
        public List<string> Symbols { get; } = [];
        public List<string> AfterSymbols { get; } = [];
        public List<string> Aliases { get; } = [];
        public bool ReadCode { get; set; } = true;
        public SortedSet<string> Countries { get; } = new(StringComparer.Ordinal);
        public List<string> CountryWords { get; } = [];
        public List<string> FixedFor { get; } = [];
        public List<string> DefaultFor { get; } = [];

        public void NameIfUnset(string name) => _name ??= name;

        /// <summary>Adds the name as written (lower-cased), folded, with its regular plural, and its last word alone.</summary>
        public void AddName(string name)
        {
            foreach (var form in new[] { name.ToLowerInvariant(), Fold(name) })
            {
                Names.Add(form);
                if (!form.EndsWith('s'))
                    Names.Add(form + "s");
                var noun = LastWord(form);
                if (noun.Length > 2 && noun != form)
                {
                    Names.Add(noun);
                    if (!noun.EndsWith('s'))
                        Names.Add(noun + "s");
                }
            }
        }

        public CurrencyEntry ToEntry() => new(
            code, _name ?? FallbackName ?? code, [.. Names], Distinct(Symbols), Distinct(AfterSymbols), Distinct(Aliases), ReadCode,
            [.. Countries], Distinct(CountryWords), Distinct(FixedFor), Distinct(DefaultFor));

        private static string[] Distinct(List<string> values) => [.. values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)];
    }
}
