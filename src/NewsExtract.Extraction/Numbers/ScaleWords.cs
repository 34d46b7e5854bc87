using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers;

/// <summary>
/// Multiplier words written after a number: thousand, million/mln/mn, billion/bln/bn, trillion/trln/tln, glued or
/// spaced ("5.2mln", "5.2 million"). The short forms m, b, k, tn, th. and mil are only read next to a currency,
/// where they cannot mean metres or anything else; next to a currency a full word may also be hyphenated ("$168-million"),
/// and the South Asian scales compound ("Rs 1.5 lakh crore" = 1.5 × 10^12).
/// </summary>
public static class ScaleWords
{
    private readonly record struct Entry(string Word, decimal Multiplier, bool MoneyOnly);

    // Longest first, so "mln" wins over "m" and "thousands" over "thousand".
    private static readonly Entry[] Entries =
    [
        new("thousands", 1_000m, false), new("thousand", 1_000m, false),
        new("trillions", 1_000_000_000_000m, false), new("trillion", 1_000_000_000_000m, false),
        new("billions", 1_000_000_000m, false), new("billion", 1_000_000_000m, false),
        new("millions", 1_000_000m, false), new("million", 1_000_000m, false),
        new("crores", 10_000_000m, true), new("crore", 10_000_000m, true), new("lakhs", 100_000m, true), new("lakh", 100_000m, true),
        new("trln", 1_000_000_000_000m, false), new("tln", 1_000_000_000_000m, false),
        new("bln", 1_000_000_000m, false), new("mln", 1_000_000m, false),
        new("thsd", 1_000m, true), new("mil", 1_000_000m, true), new("th.", 1_000m, true),
        new("tn", 1_000_000_000_000m, true), new("bn", 1_000_000_000m, false), new("mn", 1_000_000m, false),
        new("m", 1_000_000m, true), new("b", 1_000_000_000m, true), new("k", 1_000m, true),
    ];

    /// <summary>
    /// Matches a scale word after optional spaces at <paramref name="i"/>. <paramref name="moneyContext"/> allows the
    /// short forms that only make sense next to a currency.
    /// </summary>
    public static bool TryMatch(string text, int i, bool moneyContext, out decimal multiplier, out int end)
    {
        multiplier = 1m;
        end = i;
        int j = SkipSpaces(text, i);
        bool hyphenated = false;
        if (moneyContext && j == i && j + 1 < text.Length && text[j] == '-' && char.IsLetter(text[j + 1]))
        {
            j++; // "$168-million": only the full words, never "-m" or "-b"
            hyphenated = true;
        }
        if (j >= text.Length || char.ToLowerInvariant(text[j]) is not ('t' or 'b' or 'm' or 'c' or 'l' or 'k'))
            return false;
        bool glued = j == i;
        foreach (var entry in Entries)
        {
            if (entry.MoneyOnly && !moneyContext)
                continue;
            if (hyphenated && entry.Word.Length < 3)
                continue;
            if (entry.Word.Length == 1 && !glued && entry.Word != "m")
                continue; // "$5 b" or "$5 k" spaced are too unusual to trust
            if (MatchWord(text, j, entry.Word, out var e))
            {
                multiplier = entry.Multiplier;
                end = e;
                // South Asian compounds: "1.5 lakh crore" is 1.5 × 10^12, "5 thousand crore" 5 × 10^10
                if (moneyContext && entry.Multiplier is 100_000m or 1_000m && !glued && e < text.Length && text[e] == ' ')
                {
                    int k = SkipSpaces(text, e);
                    foreach (var crore in (ReadOnlySpan<string>)["crores", "crore"])
                        if (MatchWord(text, k, crore, out var croreEnd))
                        {
                            multiplier *= 10_000_000m;
                            end = croreEnd;
                            break;
                        }
                }
                return true;
            }
        }
        return false;
    }
}
