namespace NewsExtract.Extraction.Lexicons;

/// <summary>
/// The first words of a set of names (split at white space, compared ignoring case), to rule out cheaply a place in
/// the text where none of the names can begin: a name written there, whole or with a possessive cut off, starts with
/// its first word, so that word is a prefix of the run of non-space characters at that place. Only rules out: a
/// place that passes may still match no name.
/// </summary>
public sealed class NameFirstWords
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longest;

    public NameFirstWords(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var first = name.Split((char[]?)null, 2, StringSplitOptions.None)[0];
            if (first.Length > 0) _words.Add(first);
        }
        _longest = _words.Count == 0 ? 0 : _words.Max(w => w.Length);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// False when no name's first word is a prefix (ignoring case) of <paramref name="run"/>, the non-space characters
    /// starting at a place in the text; true otherwise, and always for a run starting with "the" (names are also
    /// looked up without a leading "the").
    /// </summary>
    public bool MayBegin(ReadOnlySpan<char> run)
    {
        if (run.StartsWith("the", StringComparison.OrdinalIgnoreCase)) return true;
        for (int length = Math.Min(run.Length, _longest); length >= 1; length--)
            if (_lookup.Contains(run[..length])) return true;
        return false;
    }

    /// <summary>The run of non-space characters of <paramref name="text"/> starting at <paramref name="start"/>.</summary>
    public static ReadOnlySpan<char> RunAt(string text, int start)
    {
        int end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        return text.AsSpan(start, end - start);
    }
}
