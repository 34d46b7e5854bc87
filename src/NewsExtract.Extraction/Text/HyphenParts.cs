namespace NewsExtract.Extraction.Text;

/// <summary>
/// The parts of a word the tokenizer keeps whole across hyphens ("NNN-Bernama", "China-Russia"), each with its
/// character offset in the text; a word without a hyphen is its own single part.
/// </summary>
public static class HyphenParts
{
    /// <param name="word">The word as written.</param>
    /// <param name="offset">Where the word starts in the text.</param>
    public static List<(string Text, int Start)> Of(string word, int offset)
    {
        var parts = new List<(string, int)>();
        int start = 0;
        for (int i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && word[i] != '-') continue;
            parts.Add((word[start..i], offset + start));
            start = i + 1;
        }
        return parts;
    }
}
