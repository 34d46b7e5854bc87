using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers.Money;

/// <summary>
/// The currency a sentence says its figures are in: "in euros", "(in US dollars)", "in TND", written before the
/// figure in the same sentence.
/// </summary>
internal static class StatedCurrency
{
    /// <summary>How far back (characters) the statement may be.</summary>
    public const int Window = 160;

    /// <summary>Finds "in &lt;currency&gt;" between <paramref name="from"/> and <paramref name="before"/>, in the sentence of <paramref name="before"/>.</summary>
    public static bool TryFind(string text, int from, int before, out string code)
    {
        code = "";
        int start = SentenceStart(text, Math.Max(0, from), before);
        for (int at = text.LastIndexOf("in ", before - 1, before - start, StringComparison.OrdinalIgnoreCase); at >= start;
             at = at == 0 ? -1 : text.LastIndexOf("in ", at - 1, at - start, StringComparison.OrdinalIgnoreCase))
        {
            if (!IsWordStart(text, at))
                continue;
            int j = SkipSpaces(text, at + 3);
            if (j < text.Length && IsDigit(text[j]))
                continue; // "in 2018 dollars"
            if (CurrencyLexicon.TryMatchAfter(text, at + 3, out code, out var end) && end <= before && IsWordEnd(text, end))
                return true;
            if (at == start)
                break;
        }
        code = "";
        return false;
    }

    private static int SentenceStart(string text, int from, int before)
    {
        for (int k = before - 1; k > from; k--)
        {
            if (text[k] == '\n' || (text[k] is '.' or '!' or '?' or ';' && k + 1 < text.Length && IsSpace(text[k + 1])))
                return k + 1;
        }
        return from;
    }
}
