using NewsExtract.Training.Corpora;

namespace NewsExtract.Tests.Support;

/// <summary>An annotated sentence written inline: words separated by spaces, each with its tag after a bar ("Maria|B-PER"; no bar is "O").</summary>
public static class InlineIob
{
    public static AnnotatedSentence Sentence(string line)
    {
        var parts = line.Split(' ').Select(p => p.Split('|')).ToList();
        return new AnnotatedSentence([.. parts.Select(p => p[0])], [.. parts.Select(p => p.Length > 1 ? p[1] : "O")]);
    }
}
