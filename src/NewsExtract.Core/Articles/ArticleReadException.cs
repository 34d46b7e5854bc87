namespace NewsExtract.Core.Articles;

/// <summary>An article input that cannot be read or parsed; the message says which input and why, on one line.</summary>
public sealed class ArticleReadException : Exception
{
    public ArticleReadException(string input, string reason, Exception? inner = null)
        : base($"{input}: {reason}", inner)
    {
        Input = input;
        Reason = reason;
    }

    /// <summary>The file path or URL that failed.</summary>
    public string Input { get; }

    /// <summary>Why, in a few words ("file is empty", "malformed JSON at line 3").</summary>
    public string Reason { get; }
}
