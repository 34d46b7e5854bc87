namespace NewsExtract.Extraction.Lexicons;

/// <summary>A word or punctuation mark found by <see cref="WordScanner"/>: characters [Start, End) of the text.</summary>
public readonly record struct TextWord(int Start, int End)
{
    public int Length => End - Start;
}
