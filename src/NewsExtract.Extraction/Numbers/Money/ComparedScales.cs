using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Numbers.Money;

/// <summary>
/// "imports rose to US$12.5 bn against US$9.75 a year before": an amount written without a scale word, compared
/// with an earlier amount of the same currency in the same sentence that has one, takes that scale when the two are
/// then of the same order (a tenth to ten times each other).
/// </summary>
internal static class ComparedScales
{
    private static readonly string[] Cues = ["against", "compared with", "compared to", "versus", "vs", "from", "than", "up from", "down from"];

    public static void Apply(string text, List<MoneyMention> mentions, int first, HashSet<int> unscaled)
    {
        foreach (int i in unscaled.Order())
        {
            var m = mentions[i];
            for (int j = i - 1; j >= first; j--)
            {
                var earlier = mentions[j];
                if (unscaled.Contains(j) || earlier.Currency != m.Currency || earlier.AmountMax is not null)
                    continue;
                var between = text.AsSpan(earlier.End, m.Start - earlier.End);
                if (between.Length > 80 || between.IndexOfAny('.', ';', '\n') >= 0 || !HasCue(between))
                    break;
                decimal scale = Scale(earlier.Amount, m.Amount);
                if (scale > 1m)
                    mentions[i] = m with { Amount = m.Amount * scale };
                break;
            }
        }
    }

    private static bool HasCue(ReadOnlySpan<char> between)
    {
        foreach (var cue in Cues)
        {
            int at = between.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(between[at - 1])) && (at + cue.Length == between.Length || !char.IsLetter(between[at + cue.Length])))
                return true;
        }
        return false;
    }

    /// <summary>The power of a thousand (up to a trillion) that brings <paramref name="small"/> to the order of <paramref name="reference"/>, else 1.</summary>
    private static decimal Scale(decimal reference, decimal small)
    {
        if (small <= 0)
            return 1m;
        foreach (var scale in (ReadOnlySpan<decimal>)[1_000m, 1_000_000m, 1_000_000_000m, 1_000_000_000_000m])
        {
            decimal scaled = small * scale;
            if (scaled >= reference / 10 && scaled <= reference * 10)
                return scale;
        }
        return 1m;
    }
}
