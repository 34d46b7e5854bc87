namespace NewsExtract.Core.Documents;

/// <summary>
/// A sentence: the character range [Start, End) of <see cref="Document.Text"/> and the tokens
/// [FirstToken, FirstToken + TokenCount) of <see cref="Document.Tokens"/> that fall inside it.
/// </summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
