namespace NewsExtract.Core.Documents;

/// <summary>A token: a half-open character range [Start, End) of <see cref="Document.Text"/>.</summary>
public readonly record struct Token(int Start, int End)
{
    public int Length => End - Start;
}
