using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers.Money;

/// <summary>
/// Ways a currency is written next to an amount, mapped to ISO 4217: symbols ($, €, £, ₽, ₼, ₸, ¥, ₺, ₾, ₹…),
/// upper-case codes (USD, AZN, KZT…) and names written after the amount ("manats", "roubles", "pounds sterling").
/// "$" alone is the US dollar and "¥" alone the Chinese yuan.
/// </summary>
public static class CurrencyLexicon
{
    private static readonly Dictionary<char, string> Symbols = new()
    {
        ['$'] = "USD", ['€'] = "EUR", ['£'] = "GBP", ['₽'] = "RUB", ['₼'] = "AZN", ['₸'] = "KZT", ['¥'] = "CNY",
        ['₺'] = "TRY", ['₾'] = "GEL", ['₹'] = "INR", ['₴'] = "UAH", ['₩'] = "KRW", ['₪'] = "ILS", ['₦'] = "NGN",
        ['₱'] = "PHP", ['₫'] = "VND", ['฿'] = "THB", ['֏'] = "AMD",
    };

    /// <summary>Letters written right before "$" or "¥" that name another currency ("C$", "HK$", "JP¥").</summary>
    private static readonly (string Prefix, char Symbol, string Code)[] SymbolQualifiers =
    [
        ("U.S.", '$', "USD"), ("US", '$', "USD"), ("HK", '$', "HKD"), ("NZ", '$', "NZD"), ("CA", '$', "CAD"),
        ("AU", '$', "AUD"), ("C", '$', "CAD"), ("A", '$', "AUD"), ("S", '$', "SGD"), ("R", '$', "BRL"),
        ("JP", '¥', "JPY"), ("CN", '¥', "CNY"),
    ];

    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "USD", "EUR", "GBP", "RUB", "AZN", "KZT", "CNY", "JPY", "TRY", "UZS", "GEL", "INR", "CHF", "AED", "SAR",
        "IRR", "UAH", "BYN", "AMD", "KGS", "TJS", "TMT", "MDL", "PLN", "CAD", "AUD", "KRW", "QAR", "KWD", "BHD",
        "OMR", "EGP", "PKR", "BRL", "ZAR", "SEK", "NOK", "DKK", "CZK", "HUF", "RON", "BGN", "ILS", "SGD", "HKD",
        "NZD", "MYR", "IDR", "THB", "VND", "MXN", "IQD", "JOD", "AFN", "BDT", "NGN", "PHP", "XDR",
    };

    /// <summary>Codes still written in agency text that map to a current ISO code.</summary>
    private static readonly Dictionary<string, string> CodeAliases = new(StringComparer.Ordinal)
    {
        ["RUR"] = "RUB", ["RMB"] = "CNY", ["YTL"] = "TRY",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeLookup =
        Codes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AliasLookup =
        CodeAliases.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Currency names written after an amount, longest first so qualified names win.</summary>
    private static readonly (string Name, string Code)[] Names = BuildNames();

    private static (string, string)[] BuildNames()
    {
        (string, string)[] names =
        [
            ("us dollars", "USD"), ("us dollar", "USD"), ("u.s. dollars", "USD"), ("u.s. dollar", "USD"),
            ("american dollars", "USD"), ("dollars", "USD"), ("dollar", "USD"),
            ("canadian dollars", "CAD"), ("australian dollars", "AUD"), ("hong kong dollars", "HKD"),
            ("singapore dollars", "SGD"), ("new zealand dollars", "NZD"),
            ("euros", "EUR"), ("euro", "EUR"),
            ("pounds sterling", "GBP"), ("pound sterling", "GBP"), ("british pounds", "GBP"), ("pounds", "GBP"),
            ("pound", "GBP"), ("sterling", "GBP"),
            ("azerbaijani manats", "AZN"), ("azerbaijani manat", "AZN"), ("turkmen manats", "TMT"),
            ("turkmen manat", "TMT"), ("manats", "AZN"), ("manat", "AZN"),
            ("russian rubles", "RUB"), ("russian roubles", "RUB"), ("belarusian rubles", "BYN"),
            ("belarusian roubles", "BYN"), ("rubles", "RUB"), ("roubles", "RUB"), ("ruble", "RUB"), ("rouble", "RUB"),
            ("kazakh tenge", "KZT"), ("tenge", "KZT"),
            ("chinese yuan", "CNY"), ("yuan", "CNY"), ("renminbi", "CNY"),
            ("japanese yen", "JPY"), ("yen", "JPY"),
            ("turkish liras", "TRY"), ("turkish lira", "TRY"), ("liras", "TRY"), ("lira", "TRY"),
            ("uzbek soums", "UZS"), ("uzbek soum", "UZS"), ("uzbek sums", "UZS"), ("soums", "UZS"), ("soum", "UZS"),
            ("georgian lari", "GEL"), ("lari", "GEL"),
            ("indian rupees", "INR"), ("pakistani rupees", "PKR"), ("rupees", "INR"), ("rupee", "INR"),
            ("swiss francs", "CHF"), ("swiss franc", "CHF"),
            ("uae dirhams", "AED"), ("emirati dirhams", "AED"), ("dirhams", "AED"), ("dirham", "AED"),
            ("saudi riyals", "SAR"), ("qatari riyals", "QAR"), ("riyals", "SAR"), ("riyal", "SAR"),
            ("iranian rials", "IRR"), ("omani rials", "OMR"), ("rials", "IRR"), ("rial", "IRR"),
            ("ukrainian hryvnias", "UAH"), ("hryvnias", "UAH"), ("hryvnia", "UAH"), ("hryvnas", "UAH"),
            ("armenian drams", "AMD"), ("drams", "AMD"), ("dram", "AMD"),
            ("kyrgyz soms", "KGS"), ("kyrgyz som", "KGS"), ("somoni", "TJS"),
            ("zlotys", "PLN"), ("zloty", "PLN"), ("south korean won", "KRW"), ("korean won", "KRW"),
            ("iraqi dinars", "IQD"), ("kuwaiti dinars", "KWD"), ("mexican pesos", "MXN"),
            ("brazilian reais", "BRL"), ("reais", "BRL"), ("south african rand", "ZAR"),
        ];
        Array.Sort(names, (a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        return names;
    }

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

        char c = text[k - 1];
        if (Symbols.TryGetValue(c, out var symbolCode))
        {
            code = symbolCode;
            start = k - 1;
            int q = start > 0 && text[start - 1] == ' ' ? start - 1 : start; // "US $5"
            foreach (var (prefix, symbol, qualified) in SymbolQualifiers)
            {
                if (symbol != c || q - prefix.Length < minStart || q < prefix.Length)
                    continue;
                int p = q - prefix.Length;
                if (string.CompareOrdinal(text, p, prefix, 0, prefix.Length) == 0 && (p == 0 || !char.IsLetter(text[p - 1])))
                {
                    code = qualified;
                    start = p;
                    break;
                }
            }
            return true;
        }

        if (!IsAsciiUpper(c))
            return false;
        int m = k;
        while (m > 0 && IsAsciiUpper(text[m - 1])) m--;
        if (k - m != 3 || m < minStart || (m > 0 && char.IsLetterOrDigit(text[m - 1])))
            return false;
        if (!TryCode(text.AsSpan(m, 3), out code))
            return false;
        start = m;
        return true;
    }

    /// <summary>Finds a currency symbol or code that starts at <paramref name="i"/>, as written before an amount.</summary>
    public static bool TryMatchPrefixAt(string text, int i, out string code, out int end)
    {
        code = "";
        end = i;
        if (i >= text.Length)
            return false;
        if (Symbols.TryGetValue(text[i], out var symbolCode))
        {
            code = symbolCode;
            end = i + 1;
            return true;
        }
        foreach (var (prefix, symbol, qualified) in SymbolQualifiers)
        {
            int e = i + prefix.Length;
            if (e < text.Length && text[e] == symbol && string.CompareOrdinal(text, i, prefix, 0, prefix.Length) == 0)
            {
                code = qualified;
                end = e + 1;
                return true;
            }
        }
        if (i + 3 <= text.Length && IsWordStart(text, i) && (i + 3 == text.Length || !char.IsLetter(text[i + 3]))
            && TryCode(text.AsSpan(i, 3), out code))
        {
            end = i + 3;
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
        if (Symbols.TryGetValue(c, out var symbolCode))
        {
            code = symbolCode;
            end = j + 1;
            return true;
        }
        if (!char.IsLetter(c))
            return false;
        if (j + 3 <= text.Length && IsWordEnd(text, j + 3) && TryCode(text.AsSpan(j, 3), out code))
        {
            end = j + 3;
            return true;
        }
        char lower = char.ToLowerInvariant(c);
        foreach (var (name, nameCode) in Names)
        {
            if (name[0] == lower && MatchWord(text, j, name, out var e))
            {
                code = nameCode;
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

    private static bool TryCode(ReadOnlySpan<char> letters, out string code)
    {
        if (CodeLookup.TryGetValue(letters, out var known))
        {
            code = known;
            return true;
        }
        return AliasLookup.TryGetValue(letters, out code!);
    }
}
