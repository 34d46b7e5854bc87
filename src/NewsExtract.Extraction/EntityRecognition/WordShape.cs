namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// Word shapes as hashes: each character mapped to X (upper), x (lower), d (digit) or itself, either in full
/// (capped length) or with runs collapsed ("Xx", "X.X.", "d-d"). Computed without allocating.
/// </summary>
public static class WordShape
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const int MaxFullLength = 8;

    public static char ClassOf(char c)
    {
        if (char.IsUpper(c)) return 'X';
        if (char.IsLower(c)) return 'x';
        if (char.IsDigit(c)) return 'd';
        if (char.IsLetter(c)) return 'x';
        return c;
    }

    /// <summary>Hash of the full shape, the first <c>8</c> characters mapped then a marker for the length.</summary>
    public static ulong Full(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        int n = Math.Min(text.Length, MaxFullLength);
        for (int i = 0; i < n; i++)
        {
            h ^= ClassOf(text[i]);
            h *= Prime;
        }
        if (text.Length > MaxFullLength)
        {
            h ^= '+';
            h *= Prime;
        }
        return h;
    }

    /// <summary>Hash of the shape with runs of the same class collapsed to one character.</summary>
    public static ulong Short(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        char last = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = ClassOf(text[i]);
            if (c == last) continue;
            last = c;
            h ^= c;
            h *= Prime;
        }
        return h;
    }
}
