namespace NewsExtract.Core.Documents;

/// <summary>A token: a half-open character range [Start, End) of <see cref="Document.Text"/>.</summary>
public readonly record struct Token(int Start, int End)
{
    public int Length => End - Start;

    /// <summary>The token's characters in <paramref name="text"/>, the text it was cut from.</summary>
    public ReadOnlySpan<char> TextIn(string text) => text.AsSpan(Start, Length);
}
