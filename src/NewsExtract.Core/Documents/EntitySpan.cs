namespace NewsExtract.Core.Documents;

/// <summary>
/// A typed span over whole tokens: characters [Start, End) and tokens [FirstToken, FirstToken + TokenCount).
/// <see cref="Recognizer"/> names the component that produced it.
/// </summary>
public sealed record EntitySpan(int Start, int End, int FirstToken, int TokenCount, string Label, string Recognizer)
{
    public int EndToken => FirstToken + TokenCount;
}
