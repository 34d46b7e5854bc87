namespace NewsExtract.Worker.Processing;

/// <summary>
/// A fetched page that is not an article (a listing, section front, forum, product page…): the worker records it as a
/// permanent <c>not_article</c> failure with <see cref="Reason"/> and writes no record.
/// </summary>
public sealed class NotAnArticleException(string input, string reason) : Exception($"{input}: not an article: {reason}")
{
    /// <summary>The page's URL.</summary>
    public string Input { get; } = input;

    /// <summary>The classifier's score and the page's telling features, in one line.</summary>
    public string Reason { get; } = reason;
}
