namespace NewsExtract.Extraction.Numbers;

/// <summary>Character-level helpers shared by the number, money, percentage and date scanners.</summary>
internal static class TextScan
{
    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static bool IsAsciiUpper(char c) => c is >= 'A' and <= 'Z';

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>Spaces that may sit inside a phrase on one line (no line breaks).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u2007' or '\u2009' or '\u202F';

    /// <summary>Spaces typeset as thousands separators: no-break, figure, thin and narrow no-break space.</summary>
    public static bool IsGroupSpace(char c) => c is '\u00A0' or '\u2007' or '\u2009' or '\u202F';

    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';

    public static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && IsSpace(text[i])) i++;
        return i;
    }

    /// <summary>Moves back from the exclusive end <paramref name="i"/> over spaces.</summary>
    public static int SkipSpacesBack(string text, int i)
    {
        while (i > 0 && IsSpace(text[i - 1])) i--;
        return i;
    }

    public static bool IsWordStart(string text, int i) => i == 0 || !IsWordChar(text[i - 1]);

    public static bool IsWordEnd(string text, int i) => i >= text.Length || !IsWordChar(text[i]);

    /// <summary>The end of the run of letters starting at <paramref name="i"/>.</summary>
    public static int LettersEnd(string text, int i)
    {
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return i;
    }

    public static int DigitsEnd(string text, int i)
    {
        while (i < text.Length && IsDigit(text[i])) i++;
        return i;
    }

    /// <summary>
    /// True when <paramref name="word"/> is written at <paramref name="i"/> (ignoring case) and is not followed by a
    /// letter or digit (words ending in a full stop need no boundary after).
    /// </summary>
    public static bool MatchWord(string text, int i, string word, out int end)
    {
        end = i + word.Length;
        if (end > text.Length || !text.AsSpan(i, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            return false;
        return !IsWordChar(word[^1]) || IsWordEnd(text, end);
    }

    public static bool MatchWord(string text, int i, string word) => MatchWord(text, i, word, out _);

    /// <summary>Skips spaces, then matches <paramref name="word"/>; <paramref name="end"/> is after the word.</summary>
    public static bool MatchWordAfterSpaces(string text, int i, string word, out int end)
        => MatchWord(text, SkipSpaces(text, i), word, out end);

    /// <summary>
    /// The word that ends right before <paramref name="i"/> with only spaces between, or false when punctuation
    /// or the start of the text comes first.
    /// </summary>
    public static bool TryWordBefore(string text, int i, out int start, out int end)
    {
        end = SkipSpacesBack(text, i);
        start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return start < end && (start == 0 || !IsWordChar(text[start - 1]));
    }

    /// <summary>True when the word right before <paramref name="i"/> is one of <paramref name="words"/> (any case).</summary>
    public static bool WordBeforeIs(string text, int i, params ReadOnlySpan<string> words)
    {
        if (!TryWordBefore(text, i, out var start, out var end))
            return false;
        var word = text.AsSpan(start, end - start);
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
