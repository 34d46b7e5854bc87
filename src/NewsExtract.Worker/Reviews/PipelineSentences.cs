using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Worker.Reviews;

/// <summary>
/// Tokens by sentence, split the way the extraction pipeline splits them, so reviewed text exported or folded into
/// training is tokenised exactly like the text the model later tags.
/// </summary>
public static class PipelineSentences
{
    public static IReadOnlyList<IReadOnlyList<Token>> Split(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        var sentences = new List<Sentence>();
        SentenceSplitter.Split(text, tokens, sentences);
        return [.. sentences.Select(s => (IReadOnlyList<Token>)tokens.GetRange(s.FirstToken, s.TokenCount))];
    }
}
