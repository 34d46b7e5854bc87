using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;

namespace NewsExtract.Review.Export;

/// <summary>
/// Splits text into tokens (words with inner apostrophes, dots or hyphens; each other non-space character alone)
/// and sentences (after . ! ? before a capital, digit or quote, and at blank lines) for the CoNLL export. One small
/// place to swap for the extraction tokenizer once it is shared.
/// </summary>
public static partial class ReviewTokenizer
{
    public static IReadOnlyList<IReadOnlyList<Token>> Sentences(string text)
    {
        var sentences = new List<IReadOnlyList<Token>>();
        var current = new List<Token>();
        var tokens = Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (current.Count > 0 && text.AsSpan(current[^1].End, token.Start - current[^1].End).Count('\n') >= 2)
            {
                sentences.Add(current);
                current = [];
            }
            current.Add(token);
            var last = text[token.Start..token.End];
            if (last is "." or "!" or "?" && (i + 1 == tokens.Count || StartsSentence(text[tokens[i + 1].Start])))
            {
                sentences.Add(current);
                current = [];
            }
        }
        if (current.Count > 0) sentences.Add(current);
        return sentences;
    }

    public static IReadOnlyList<Token> Tokenize(string text) =>
        [.. TokenPattern().Matches(text).Select(m => new Token(m.Index, m.Index + m.Length))];

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '«' or '\'';

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*|\S")]
    private static partial Regex TokenPattern();
}
