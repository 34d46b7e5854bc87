using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Numbers.Percentages;
using static NewsExtract.Extraction.Numbers.TextScan;

namespace NewsExtract.Extraction.Numbers.Money;

/// <summary>
/// Finds monetary amounts in plain text, left to right, without overlaps: a number with a currency symbol or code
/// before it ("$ 1.14 billion", "AZN5.2mln") or a currency after it ("5.2 million manats", "100 bln RUB"), an
/// optional scale word, and an optional range ("$5-7 million", "$5 million to $7 million", "between $5 and 7 million").
/// A number with no currency, or one followed by a percent sign, is not money — except a scaled figure in a sentence
/// that names its currency ("in euros … 985 million", <see cref="StatedCurrency"/>). An amount written without a
/// scale word next to a compared one that has one takes its scale (<see cref="ComparedScales"/>).
/// </summary>
internal static class MoneyScanner
{
    private readonly record struct AmountPart(NumberLiteral Number, decimal Multiplier, bool HasScale, int End);

    private readonly record struct RangeTail(AmountPart Second, bool ViaTo);

    private static readonly decimal MaxAmount = decimal.MaxValue / 10;

    public static void Scan(string text, List<MoneyMention> output, CancellationToken cancellationToken)
    {
        int first = output.Count;
        var unscaled = new HashSet<int>(); // indexes in output of amounts written without a scale word
        int lastEnd = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsDigit(c))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (TryAmountAt(text, i, lastEnd, out var mention, out bool scaled))
                {
                    if (!scaled) unscaled.Add(output.Count);
                    output.Add(mention);
                    lastEnd = i = mention.End;
                    continue;
                }
                if (TryStatedCurrencyAmount(text, i, lastEnd, out mention)) // always has a scale word
                {
                    output.Add(mention);
                    lastEnd = i = mention.End;
                    continue;
                }
                i = SkipNumber(text, i);
            }
            else if (char.IsLetter(c))
            {
                if (char.ToLowerInvariant(c) is 'a' or 'e' or 'f' or 'n' or 'o' or 's' or 't' && IsWordStart(text, i)
                    && TryWordAmountAt(text, i, out var mention))
                {
                    output.Add(mention);
                    lastEnd = i = mention.End;
                    continue;
                }
                i = LettersEnd(text, i);
            }
            else
            {
                i++;
            }
        }
        ComparedScales.Apply(text, output, first, unscaled);
    }

    /// <summary>
    /// "Revenues in euros amounted to 985 million": a number with a full scale word, in a sentence that has said
    /// which currency its amounts are in ("in euros", "in US dollars"), is an amount in that currency.
    /// </summary>
    private static bool TryStatedCurrencyAmount(string text, int i, int lastEnd, out MoneyMention mention)
    {
        mention = null!;
        if ((i > 0 && (char.IsLetter(text[i - 1]) || IsDigit(text[i - 1]))) || !NumberParser.TryParse(text, i, false, out var number))
            return false;
        if (!ScaleWords.TryMatch(text, number.End, moneyContext: false, out var multiplier, out var end) || end - SkipSpaces(text, number.End) < 3)
            return false;
        if (PercentMarkers.IsAt(text, end) || !IsFollowedByClauseWord(text, end))
            return false;
        if (!StatedCurrency.TryFind(text, Math.Max(lastEnd, i - StatedCurrency.Window), i, out var code))
            return false;
        if (!TryMultiply(number.Value, multiplier, out var amount))
            return false;
        mention = new MoneyMention(i, end, amount, null, code);
        return true;
    }

    /// <summary>After "985 million" comes punctuation or a word that starts a new phrase, not a unit ("985 million tourists").</summary>
    private static bool IsFollowedByClauseWord(string text, int end)
    {
        int j = SkipSpaces(text, end);
        if (j >= text.Length || !char.IsLetter(text[j]))
            return true;
        foreach (var word in (ReadOnlySpan<string>)["in", "up", "down", "and", "against", "compared", "from", "during", "for", "versus", "while", "with", "at", "on", "by", "or", "last", "this", "per", "a", "an", "year-on-year", "which", "than"])
        {
            if (MatchWord(text, j, word))
                return true;
        }
        return false;
    }

    private static bool TryAmountAt(string text, int i, int lastEnd, out MoneyMention mention, out bool scaled)
    {
        mention = null!;
        scaled = false;
        bool hasPrefix = CurrencyLexicon.TryMatchBefore(text, i, lastEnd, out var code, out var start);
        if (!hasPrefix)
        {
            if (i > 0 && char.IsLetter(text[i - 1]))
                return false; // "A320", "COVID19"
            start = i;
        }
        if (!TryAmountPart(text, i, hasPrefix, out var first))
            return false;
        if (hasPrefix && i - start == 1 && char.IsLetter(text[start]) && !first.HasScale && first.Number.IsPlainInteger)
            return false; // "R5" may be a road or a grade; "R5 billion" and "R1,500" are rand

        bool between = WordBeforeIs(text, start, "between");
        bool fromBefore = WordBeforeIs(text, start, "from");
        int end = first.End;
        decimal firstMultiplier = first.Multiplier;
        decimal? max = null;

        if (hasPrefix)
        {
            if (TryRangeTail(text, first, code, between, out var tail))
            {
                firstMultiplier = BorrowedMultiplier(first, tail.Second);
                if (!(tail.ViaTo && fromBefore)) // "from $5 million to $7 million" is a change: two amounts
                    TakeRange(first, firstMultiplier, tail.Second, ref max, ref end);
            }
            if (CurrencyLexicon.TryMatchAfter(text, end, out var after, out var afterEnd)
                && (after == code || (code == "CNY" && after == "JPY")))
            {
                code = after; // "US$5 million dollars"; "¥500 billion yen"
                end = afterEnd;
            }
        }
        else
        {
            int suffixAt = first.End;
            // a compound adjective: "a 500-million-euro credit line", "a 20-euro ticket"
            if (suffixAt + 1 < text.Length && text[suffixAt] == '-' && char.IsLetter(text[suffixAt + 1]) && (first.HasScale || !first.Number.LooksLikeYear)
                && CurrencyLexicon.IsNameAt(text, suffixAt + 1))
                suffixAt++;
            bool ranged = false;
            if (TryRangeTail(text, first, null, between, out var tail)
                && CurrencyLexicon.TryMatchAfter(text, tail.Second.End, out code, out end))
            {
                firstMultiplier = BorrowedMultiplier(first, tail.Second);
                int rangeEnd = tail.Second.End;
                TakeRange(first, firstMultiplier, tail.Second, ref max, ref rangeEnd);
                ranged = max is not null;
            }
            if (!ranged)
            {
                firstMultiplier = first.Multiplier;
                max = null;
                if (!CurrencyLexicon.TryMatchAfter(text, suffixAt, out code, out end))
                    return false;
                if (first.Number.LooksLikeYear && !first.HasScale && CurrencyLexicon.IsNameAt(text, suffixAt)
                    && WordBeforeIs(text, start, "in", "of", "constant", "since", "by", "until"))
                    return false; // "in 2018 dollars"
            }
        }

        if (!TryMultiply(first.Number.Value, firstMultiplier, out var amount))
            return false;
        mention = new MoneyMention(start, end, amount, max, code);
        scaled = firstMultiplier != 1m;
        return true;
    }

    /// <summary>"$5 to $7 million": the first end takes the scale of the second when it has none and is smaller.</summary>
    private static decimal BorrowedMultiplier(AmountPart first, AmountPart second)
        => !first.HasScale && second.HasScale && first.Number.Value <= second.Number.Value ? second.Multiplier : first.Multiplier;

    private static void TakeRange(AmountPart first, decimal firstMultiplier, AmountPart second, ref decimal? max, ref int end)
    {
        if (first.HasScale && !second.HasScale)
            return; // "$5 million-7 staff": not a range of money
        if (!TryMultiply(first.Number.Value, firstMultiplier, out var low) || !TryMultiply(second.Number.Value, second.Multiplier, out var high))
            return;
        if (high <= low)
            return;
        max = high;
        end = second.End;
    }

    private static bool TryRangeTail(string text, AmountPart first, string? prefixCode, bool between, out RangeTail tail)
    {
        tail = default;
        int q = SkipSpaces(text, first.End);
        if (q >= text.Length)
            return false;
        bool viaTo = false;
        if (IsDash(text[q]))
            q++;
        else if (MatchWord(text, q, "to", out var toEnd))
        {
            q = toEnd;
            viaTo = true;
        }
        else if (between && MatchWord(text, q, "and", out var andEnd))
            q = andEnd;
        else
            return false;

        q = SkipSpaces(text, q);
        if (prefixCode is not null && CurrencyLexicon.TryMatchPrefixAt(text, q, out var secondCode, out var codeEnd))
        {
            if (secondCode != prefixCode)
                return false;
            q = codeEnd < text.Length && IsSpace(text[codeEnd]) ? codeEnd + 1 : codeEnd;
        }
        if (q >= text.Length || !IsDigit(text[q]))
            return false;
        if (!TryAmountPart(text, q, prefixCode is not null, out var second))
            return false;
        tail = new RangeTail(second, viaTo);
        return true;
    }

    private static bool TryAmountPart(string text, int i, bool allowPlainSpaceGrouping, out AmountPart part)
    {
        part = default;
        if (!NumberParser.TryParse(text, i, allowPlainSpaceGrouping, out var number))
            return false;
        bool hasScale = ScaleWords.TryMatch(text, number.End, moneyContext: true, out var multiplier, out var scaleEnd);
        int end = hasScale ? scaleEnd : number.End;
        if (!hasScale && number.End < text.Length && char.IsLetter(text[number.End]))
            return false; // "5kg", "3rd"
        if (PercentMarkers.IsAt(text, end))
            return false;
        part = new AmountPart(number, multiplier, hasScale, end);
        return true;
    }

    /// <summary>"five million dollars", "a billion euros", "twenty-five thousand manats".</summary>
    private static bool TryWordAmountAt(string text, int i, out MoneyMention mention)
    {
        mention = null!;
        if (!NumberWords.TryParse(text, i, allowArticle: true, out var value, out var end))
            return false;
        bool isArticle = end - i <= 2;
        bool hasScale = ScaleWords.TryMatch(text, end, moneyContext: false, out var multiplier, out var scaleEnd);
        if (isArticle && !hasScale)
            return false;
        if (hasScale)
            end = scaleEnd;
        if (!CurrencyLexicon.IsNameAt(text, end) || !CurrencyLexicon.TryMatchAfter(text, end, out var code, out var currencyEnd))
            return false;
        if (!TryMultiply(value, multiplier, out var amount))
            return false;
        mention = new MoneyMention(i, currencyEnd, amount, null, code);
        return true;
    }

    private static bool TryMultiply(decimal value, decimal multiplier, out decimal result)
    {
        result = 0;
        if (value > MaxAmount / multiplier)
            return false;
        result = DecimalNormalizer.Normalize(value * multiplier);
        return true;
    }

    /// <summary>Skips a run of digits with the separators between them, so no mention starts inside a number.</summary>
    private static int SkipNumber(string text, int i)
    {
        i++;
        while (i < text.Length && (IsDigit(text[i]) || ((text[i] is '.' or ',' || IsGroupSpace(text[i])) && i + 1 < text.Length && IsDigit(text[i + 1]))))
            i++;
        return i;
    }
}
