using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;

namespace NewsExtract.Extraction.Text;

/// <summary>
/// Splits English news-agency wire copy into tokens (pipeline step "tokenizer", fills <see cref="Document.Tokens"/>).
/// Abbreviations and initials keep their period ("U.S.", "Dec.", "P.", "Ch." glued to "Khurelbaatar"), numbers stay whole ("1,234,567.89"),
/// currency, amount and scale are split apart ("US$4.7bn" → "US$" "4.7" "bn"), ranges lose their hyphen
/// ("2017-2018" → "2017" "-" "2018") while other hyphenated words stay whole, possessives and other clitics are split
/// off ("Azerbaijan's" → "Azerbaijan" "'s"), URLs and e-mail addresses stay whole, and every other punctuation mark
/// is a token of its own. The core, <see cref="Tokenize"/>, allocates nothing per token.
/// </summary>
public sealed class Tokenizer : IPipelineComponent
{
    public string Name => "tokenizer";

    /// <summary>Replaces <see cref="Document.Tokens"/> with the tokens of <see cref="Document.Text"/>.</summary>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Tokens.Clear();
        Tokenize(document.Text, document.Tokens);
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>, in text order.</summary>
    public static void Tokenize(string text, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);

        var s = text.AsSpan();
        int i = 0;
        while (i < s.Length)
        {
            if (IsSeparator(s[i]))
            {
                i++;
                continue;
            }
            int end = TokenEnd(s, i);
            output.Add(new Token(i, end));
            i = end;
        }
    }

    /// <summary>The end of the token that starts at <paramref name="i"/> (a non-separator).</summary>
    private static int TokenEnd(ReadOnlySpan<char> s, int i)
    {
        char c = s[i];
        if (IsWordChar(c))
            return WordEnd(s, i);
        if (IsApostrophe(c) && i > 0 && IsWordChar(s[i - 1]))
        {
            int clitic = CliticEnd(s, i);
            if (clitic > 0)
                return clitic;
        }
        if (c is '.' or '-')
        {
            int run = i + 1;
            while (run < s.Length && s[run] == c)
                run++;
            return run;
        }
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            return i + 2;
        return i + 1;
    }

    /// <summary>The end of the token starting at a letter or digit.</summary>
    private static int WordEnd(ReadOnlySpan<char> s, int i)
    {
        char c = s[i];
        if ((c | 0x20) == 'n' && IsNotClitic(s, i))
            return i + 3;
        if ((c | 0x20) is 'h' or 'w' or 'f')
        {
            int url = UrlEnd(s, i);
            if (url > 0)
                return url;
        }
        int email = EmailEnd(s, i);
        if (email > 0)
            return email;
        int initialism = InitialismEnd(s, i);
        if (initialism > 0)
            return initialism;
        int domain = DomainEnd(s, i);
        if (domain > 0)
            return domain;
        return CompoundEnd(s, i);
    }

    /// <summary>
    /// A word, number or hyphenated compound of them. The hyphen is split off between two numbers ("2017-2018") and
    /// between two month or weekday names ("January-June"); otherwise it joins ("Bakutel-2018", "ex-minister").
    /// </summary>
    private static int CompoundEnd(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        bool firstPart = true;
        while (true)
        {
            int partStart = j;
            bool partIsNumber = char.IsAsciiDigit(s[j]);
            j = partIsNumber ? NumberPartEnd(s, j) : AlphaPartEnd(s, j, firstPart);

            if (firstPart && !partIsNumber && j < s.Length)
            {
                var word = s[i..j];
                if (s[j] == '$' && IsCurrencyPrefix(word))
                    return j + 1; // US$, HK$, A$
                if (s[j] == '.' && (IsSingleUpper(word) || TextLexicon.IsAbbreviation(word)))
                    return j + 1; // P., Gen., Dec., etc.
                if (s[j] == '.' && IsDigraphInitial(word) && j + 1 < s.Length && char.IsUpper(s[j + 1]))
                    return j + 1; // Ch.Khurelbaatar, Ts.Elbegdorj: a two-letter initial glued to the name
            }
            firstPart = false;

            if (j + 1 >= s.Length || !IsHyphen(s[j]) || !IsWordChar(s[j + 1]))
                return j;
            bool nextIsNumber = char.IsAsciiDigit(s[j + 1]);
            if (partIsNumber && nextIsNumber)
                return j;
            if (!partIsNumber && !nextIsNumber && TextLexicon.IsRangeName(s[partStart..j]))
            {
                int nextEnd = AlphaPartEnd(s, j + 1, firstPart: false);
                if (TextLexicon.IsRangeName(s[(j + 1)..nextEnd]))
                    return j;
            }
            j++;
        }
    }

    /// <summary>
    /// Letters and digits from <paramref name="j"/>, with inner apostrophes ("O'Brien") and ampersands ("AT&amp;T").
    /// Stops before a clitic ("'s", "n't") and, in the first part, after a currency code glued to an amount ("AZN5").
    /// </summary>
    private static int AlphaPartEnd(ReadOnlySpan<char> s, int j, bool firstPart)
    {
        int start = j;
        while (j < s.Length)
        {
            char c = s[j];
            if (IsWordChar(c) || IsJoiner(c))
            {
                if (firstPart && j - start == 3 && char.IsAsciiDigit(c) && TextLexicon.IsCurrencyCode(s[start..j]))
                    return j;
                if (firstPart && IsShortLetterPrefixOfDecimal(s, start, j))
                    return j;
                j++;
                continue;
            }
            if (IsApostrophe(c) && j + 1 < s.Length && IsLetter(s[j + 1]))
            {
                if (CliticEnd(s, j) > 0)
                    return j;
                if (j - 1 > start && IsNotClitic(s, j - 1))
                    return j - 1;
                j++;
                continue;
            }
            if (c == '&' && j + 1 < s.Length && IsLetter(s[j + 1]) && IsLetter(s[j - 1]))
            {
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    /// <summary>
    /// Whether <paramref name="s"/>[<paramref name="start"/>..<paramref name="j"/>) is a few letters glued to a number
    /// with a decimal or thousands separator that starts at <paramref name="j"/> ("SR3.5", "RM75.5", "Rp4,500": a
    /// currency's symbol or local abbreviation before its amount): the number is its own token, so its separator is
    /// not read as a full stop ending the sentence.
    /// </summary>
    private static bool IsShortLetterPrefixOfDecimal(ReadOnlySpan<char> s, int start, int j)
    {
        if (j - start is < 1 or > 4 || !char.IsAsciiDigit(s[j]))
            return false;
        for (int k = start; k < j; k++)
        {
            if (!char.IsLetter(s[k]))
                return false;
        }
        int d = j;
        while (d < s.Length && char.IsAsciiDigit(s[d]))
            d++;
        return d + 1 < s.Length && s[d] is '.' or ',' && char.IsAsciiDigit(s[d + 1]);
    }

    /// <summary>
    /// Digits with inner decimal or thousands separators ("1,234,567.89", "612,87") or a time ("10:30"), with an
    /// ordinal or decade suffix ("21st", "1990s", "5G") but not a scale or unit ("5.2bn" stops before "bn").
    /// </summary>
    private static int NumberPartEnd(ReadOnlySpan<char> s, int j)
    {
        while (j < s.Length && char.IsAsciiDigit(s[j]))
            j++;
        while (j + 1 < s.Length)
        {
            char c = s[j];
            if (c is '.' or ',' && char.IsAsciiDigit(s[j + 1]))
            {
                j += 2;
                while (j < s.Length && char.IsAsciiDigit(s[j]))
                    j++;
                continue;
            }
            if (c == ':' && j + 2 < s.Length && char.IsAsciiDigit(s[j + 1]) && char.IsAsciiDigit(s[j + 2])
                && (j + 3 == s.Length || !char.IsAsciiDigit(s[j + 3])))
            {
                j += 3;
                continue;
            }
            break;
        }
        if (j < s.Length && IsLetter(s[j]))
        {
            int k = j;
            while (k < s.Length && IsLetter(s[k]))
                k++;
            if ((k == s.Length || !IsWordChar(s[k])) && IsNumberSuffix(s[j..k]))
                return k;
        }
        return j;
    }

    /// <summary>Single letters each followed by a period: "U.S.", "J.R.R.", "e.g.", "a.m." (at least two letters).</summary>
    private static int InitialismEnd(ReadOnlySpan<char> s, int i)
    {
        int j = i, letters = 0;
        while (j < s.Length && IsLetter(s[j]) && (j + 1 == s.Length || !IsWordChar(s[j + 1])))
        {
            letters++;
            if (j + 1 < s.Length && s[j + 1] == '.')
                j += 2;
            else
            {
                j++;
                break;
            }
        }
        return letters >= 2 ? j : 0;
    }

    /// <summary>A host name without a scheme ending in a known top-level domain: "trend.az", "mfa.gov.az", "Trend.Az".</summary>
    private static int DomainEnd(ReadOnlySpan<char> s, int i)
    {
        int j = i, segments = 0, lastStart = i;
        while (true)
        {
            lastStart = j;
            while (j < s.Length && (IsWordChar(s[j]) || (s[j] == '-' && j > lastStart)))
                j++;
            segments++;
            if (j + 1 < s.Length && s[j] == '.' && IsWordChar(s[j + 1]))
                j++;
            else
                break;
        }
        if (segments < 2)
            return 0;
        var tld = s[lastStart..j];
        bool lowerOrAz = IsAllLower(tld) || tld.Equals("az", StringComparison.OrdinalIgnoreCase);
        return lowerOrAz && TextLexicon.IsTopLevelDomain(tld) ? j : 0;
    }

    private static int UrlEnd(ReadOnlySpan<char> s, int i)
    {
        var rest = s[i..];
        if (!rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return 0;
        int j = i;
        while (j < s.Length && !IsSeparator(s[j]) && s[j] is not ('"' or '<' or '>' or '«' or '»' or '“' or '”' or '‘' or '’'))
            j++;
        while (j > i && s[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\'')
            j--;
        return j;
    }

    private static int EmailEnd(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        while (j < s.Length && (IsWordChar(s[j]) || s[j] is '.' or '_' or '%' or '+' or '-'))
            j++;
        if (j >= s.Length || s[j] != '@' || s[j - 1] == '.')
            return 0;
        int k = j + 1, dots = 0;
        while (k < s.Length)
        {
            char c = s[k];
            if (IsWordChar(c) || (c == '-' && k > j + 1))
                k++;
            else if (c == '.' && k + 1 < s.Length && IsWordChar(s[k + 1]) && k > j + 1)
            {
                dots++;
                k++;
            }
            else
                break;
        }
        return dots > 0 ? k : 0;
    }

    /// <summary>The end of a clitic ("'s", "'re", "'ve", "'ll", "'d", "'m") starting at the apostrophe at <paramref name="j"/>, or 0.</summary>
    private static int CliticEnd(ReadOnlySpan<char> s, int j)
    {
        int k = j + 1;
        while (k < s.Length && IsLetter(s[k]) && k - j <= 3)
            k++;
        if (k == j + 1 || (k < s.Length && IsWordChar(s[k])))
            return 0;
        var tail = s[(j + 1)..k];
        return tail.Equals("s", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("re", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("d", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("m", StringComparison.OrdinalIgnoreCase)
            ? k
            : 0;
    }

    /// <summary>"n't" at <paramref name="i"/>, glued to a word before it ("don't" → "do" "n't").</summary>
    private static bool IsNotClitic(ReadOnlySpan<char> s, int i) =>
        i > 0 && i + 2 < s.Length && IsWordChar(s[i - 1])
        && (s[i] | 0x20) == 'n' && IsApostrophe(s[i + 1]) && (s[i + 2] | 0x20) == 't'
        && (i + 3 == s.Length || !IsWordChar(s[i + 3]));

    private static bool IsNumberSuffix(ReadOnlySpan<char> suffix) =>
        suffix is "st" or "nd" or "rd" or "th" or "s" or "G" or "D";

    private static bool IsCurrencyPrefix(ReadOnlySpan<char> word)
    {
        if (word.Length is < 1 or > 3)
            return false;
        foreach (char c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
                return false;
        }
        return true;
    }

    private static bool IsSingleUpper(ReadOnlySpan<char> word) => word.Length == 1 && char.IsUpper(word[0]);

    /// <summary>
    /// A capital and a small letter ("Ch", "Ts", "Kh"): Mongolian and other copy writes a patronymic's initial as such a
    /// pair, glued by its full stop to the name ("Ch.Khurelbaatar"). Only glued to a capital does it count as an initial;
    /// with a space after the full stop the pair ends a sentence as any word does.
    /// </summary>
    private static bool IsDigraphInitial(ReadOnlySpan<char> word) =>
        word.Length == 2 && char.IsUpper(word[0]) && char.IsLower(word[1]);

    private static bool IsAllLower(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsLower(c))
                return false;
        }
        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Invisible characters that may sit inside a word: soft hyphen, zero-width non-joiner and joiner.</summary>
    private static bool IsJoiner(char c) => c is '\u00AD' or '\u200C' or '\u200D';

    private static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    /// <summary>A letter, a digit or a combining mark, in any script.</summary>
    private static bool IsWordChar(char c)
    {
        if (c < 128)
            return char.IsAsciiLetterOrDigit(c);
        if (char.IsLetterOrDigit(c))
            return true;
        var category = char.GetUnicodeCategory(c);
        return category is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark;
    }

    /// <summary>White space, control characters and invisible separators: these are never part of a token.</summary>
    private static bool IsSeparator(char c)
    {
        if (c <= ' ')
            return true;
        if (c < '\u007F')
            return false;
        return char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF' or '\u2060';
    }
}
