using System.Collections.Frozen;
using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers.Money;

/// <summary>
/// Ways a currency is written next to an amount, mapped to ISO 4217, loaded once from the shipped table
/// <c>models/gazetteer/currencies.tsv</c> (embedded in this assembly; built by <c>CurrencyTableBuilder</c> from the
/// open gazetteers and the curated currency words): symbols and letter symbols before an amount ("$", "€", "RM75",
/// "Tk 57 crore", "JD500,000", "US$", "C$"), upper-case codes on either side ("TND 3,295.7 million", "100 bln RUB"),
/// and names after it ("manats", "South Korean won", "baht").
/// A form several currencies share resolves by the table: "fixed" forms always mean one currency ("$" is the US dollar
/// unless written "C$", "A$", "HK$"…); other shared forms ("dinars", "rupees", "£", "¥", "Br") take the currency
/// whose country the text names most often, else the table's default, else they are not read as money.
/// </summary>
public static class CurrencyLexicon
{
    /// <summary>A way of writing a currency: the currencies it may mean and how to choose among them.</summary>
    private sealed record Form(string[] Candidates, string? Fixed, string? Default);

    private static readonly Table Data = Table.Load();

    /// <summary>The number of currencies in the loaded table.</summary>
    public static int CurrencyCount => Data.Entries.Count;

    /// <summary>
    /// Finds a currency symbol or code written right before the number that starts at <paramref name="numberStart"/>
    /// (glued or after one space), not reaching back before <paramref name="minStart"/>.
    /// </summary>
    public static bool TryMatchBefore(string text, int numberStart, int minStart, out string code, out int start)
    {
        code = "";
        start = numberStart;
        int k = numberStart;
        if (k > 0 && IsSpace(text[k - 1])) k--;
        if (k <= minStart || k == 0)
            return false;
        for (int length = Math.Min(Data.MaxSymbolLength, k - minStart); length >= 1; length--)
        {
            int s = k - length;
            if (!Data.BeforeLookup.TryGetValue(text.AsSpan(s, length), out var form))
                continue;
            if (char.IsLetter(text[s]) && s > 0 && IsWordChar(text[s - 1]))
                continue; // "KUR5": letters inside a word are not a symbol
            if (length == 1 && char.IsLetter(text[s]) && k != numberStart)
                continue; // a one-letter symbol is glued to its number ("R42 billion", never "R 5")
            if (!TryResolve(form, text, out code))
                return false;
            start = s;
            return true;
        }
        return false;
    }

    /// <summary>Finds a currency symbol or code that starts at <paramref name="i"/>, as written before an amount.</summary>
    public static bool TryMatchPrefixAt(string text, int i, out string code, out int end)
    {
        code = "";
        end = i;
        if (i >= text.Length || (char.IsLetter(text[i]) && !IsWordStart(text, i)))
            return false;
        for (int length = Math.Min(Data.MaxSymbolLength, text.Length - i); length >= 1; length--)
        {
            if (!Data.BeforeLookup.TryGetValue(text.AsSpan(i, length), out var form))
                continue;
            int e = i + length;
            if (char.IsLetter(text[e - 1]) && e < text.Length && char.IsLetter(text[e]))
                continue;
            if (!TryResolve(form, text, out code))
                return false;
            end = e;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Finds a currency written after an amount, after optional spaces at <paramref name="i"/>: a symbol, an upper-case
    /// code or a name ("manats", "pounds sterling").
    /// </summary>
    public static bool TryMatchAfter(string text, int i, out string code, out int end)
    {
        code = "";
        end = i;
        int j = SkipSpaces(text, i);
        if (j >= text.Length)
            return false;
        char c = text[j];
        if (!char.IsLetter(c))
        {
            for (int length = Math.Min(Data.MaxSymbolLength, text.Length - j); length >= 1; length--)
            {
                if (Data.AfterLookup.TryGetValue(text.AsSpan(j, length), out var symbol) && TryResolve(symbol, text, out code))
                {
                    end = j + length;
                    return true;
                }
            }
            return false;
        }
        int letters = LettersEnd(text, j);
        if (Data.AfterLookup.TryGetValue(text.AsSpan(j, letters - j), out var letterForm) && IsWordEnd(text, letters))
        {
            if (!TryResolve(letterForm, text, out code))
                return false;
            end = letters;
            return true;
        }
        if (!Data.NamesByFirstLetter.TryGetValue(char.ToLowerInvariant(c), out var names))
            return false;
        foreach (var (name, form) in names)
        {
            if (MatchWord(text, j, name, out var e))
            {
                if (!TryResolve(form, text, out code))
                    return false;
                end = e;
                return true;
            }
        }
        return false;
    }

    /// <summary>True for a currency name written in words (as opposed to a symbol or code) at <paramref name="i"/>.</summary>
    public static bool IsNameAt(string text, int i)
    {
        int j = SkipSpaces(text, i);
        return j < text.Length && char.IsLower(text[j]);
    }

    /// <summary>True when <paramref name="code"/> is a currency of the table (or one of its aliases).</summary>
    public static bool IsKnownCode(string code) => Data.Codes.Contains(code);

    private static bool TryResolve(Form form, string text, out string code)
    {
        code = form.Fixed ?? (form.Candidates.Length == 1 ? form.Candidates[0] : "");
        if (code.Length > 0)
            return true;
        int best = 0;
        foreach (var candidate in form.Candidates)
        {
            int count = CountryMentionsCached(text, candidate);
            if (count > best)
            {
                best = count;
                code = candidate;
            }
            else if (count == best && count > 0)
            {
                code = ""; // two countries named as often: no evidence either way
            }
        }
        if (code.Length == 0)
            code = form.Default ?? "";
        return code.Length > 0;
    }

    // Counts for the text the thread is reading: a long article with many amounts in a shared form ("dinars") is
    // scanned once per candidate currency, not once per amount.
    [ThreadStatic] private static string? _countedText;
    [ThreadStatic] private static Dictionary<string, int>? _countedMentions;

    private static int CountryMentionsCached(string text, string candidate)
    {
        if (!ReferenceEquals(_countedText, text) || _countedMentions is null)
        {
            _countedText = text;
            _countedMentions = new Dictionary<string, int>(StringComparer.Ordinal);
        }
        if (!_countedMentions.TryGetValue(candidate, out int count))
            _countedMentions[candidate] = count = CountryMentions(text, Data.Entries[candidate].CountryWords);
        return count;
    }

    private static int CountryMentions(string text, IReadOnlyList<string> words)
    {
        int count = 0;
        foreach (var word in words)
        {
            for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                if (IsWordStart(text, at) && IsWordEnd(text, at + word.Length))
                    count++;
            }
        }
        return count;
    }

    /// <summary>The loaded table, indexed for the scanner.</summary>
    private sealed class Table
    {
        private const string ResourceName = "NewsExtract.Extraction.currencies.tsv";

        public required FrozenDictionary<string, CurrencyEntry> Entries { get; init; }
        public required FrozenDictionary<string, Form> Before { get; init; }
        public required FrozenDictionary<string, Form> After { get; init; }
        public required FrozenDictionary<char, (string Name, Form Form)[]> NamesByFirstLetter { get; init; }
        public required FrozenSet<string> Codes { get; init; }
        public required int MaxSymbolLength { get; init; }

        /// <summary>Span lookups, so scanning allocates no strings.</summary>
        public FrozenDictionary<string, Form>.AlternateLookup<ReadOnlySpan<char>> BeforeLookup => Before.GetAlternateLookup<ReadOnlySpan<char>>();

        public FrozenDictionary<string, Form>.AlternateLookup<ReadOnlySpan<char>> AfterLookup => After.GetAlternateLookup<ReadOnlySpan<char>>();

        public static Table Load()
        {
            using var stream = typeof(CurrencyLexicon).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"The currency table resource {ResourceName} is missing from the assembly.");
            using var reader = new StreamReader(stream, CurrencyTableFile.Encoding);
            return Index(CurrencyTableFile.Read(reader, "currencies.tsv"));
        }

        private static Table Index(List<CurrencyEntry> entries)
        {
            var before = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var after = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var fixedFor = new Dictionary<string, string>(StringComparer.Ordinal);
            var defaultFor = new Dictionary<string, string>(StringComparer.Ordinal);
            var codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in entries)
            {
                codes.Add(e.Code);
                foreach (var code in e.Aliases.Prepend(e.Code).Where(c => c != e.Code || e.ReadCode))
                {
                    codes.Add(code);
                    Add(before, code, e.Code);
                    Add(after, code, e.Code);
                }
                foreach (var symbol in e.Symbols)
                {
                    Add(before, symbol, e.Code);
                    if (!symbol.Any(char.IsLetter))
                        Add(after, symbol, e.Code);
                }
                foreach (var symbol in e.AfterSymbols)
                    Add(after, symbol, e.Code);
                foreach (var name in e.Names)
                    Add(names, name, e.Code);
                foreach (var form in e.FixedFor)
                    fixedFor[form] = e.Code;
                foreach (var form in e.DefaultFor)
                    defaultFor[form] = e.Code;
            }

            Form ToForm(string key, List<string> candidates)
            {
                string? Lookup(Dictionary<string, string> map)
                {
                    if (map.TryGetValue(key, out var c)) return c;
                    // a plural takes its singular's preference ("dollars" as "dollar")
                    return key.EndsWith('s') && map.TryGetValue(key[..^1], out c) ? c : null;
                }
                return new Form([.. candidates.Distinct()], Lookup(fixedFor), Lookup(defaultFor));
            }

            var nameForms = names.Select(n => (Name: n.Key, Form: ToForm(n.Key, n.Value)))
                .GroupBy(n => n.Name[0])
                .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(n => n.Name.Length).ThenBy(n => n.Name, StringComparer.Ordinal).ToArray());
            return new Table
            {
                Entries = entries.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal),
                Before = before.ToFrozenDictionary(b => b.Key, b => ToForm(b.Key, b.Value), StringComparer.Ordinal),
                After = after.ToFrozenDictionary(a => a.Key, a => ToForm(a.Key, a.Value), StringComparer.Ordinal),
                NamesByFirstLetter = nameForms,
                Codes = codes.ToFrozenSet(StringComparer.Ordinal),
                MaxSymbolLength = before.Keys.Concat(after.Keys).Max(k => k.Length),
            };
        }

        private static void Add(Dictionary<string, List<string>> map, string key, string code)
        {
            if (!map.TryGetValue(key, out var list))
                map[key] = list = [];
            if (!list.Contains(code))
                list.Add(code);
        }
    }
}
