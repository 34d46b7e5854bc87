using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Training.Corpora;

/// <summary>
/// Turns a text with typed character spans into an <see cref="AnnotatedDocument"/>: the extraction tokenizer and
/// sentence splitter cut it as the pipeline would, each span tags the tokens it touches, longer spans first where
/// spans overlap (<see cref="IobTags.FromSpans"/>).
/// </summary>
public static class CharSpanDocument
{
    public static AnnotatedDocument Build(string id, string text, IEnumerable<(int Begin, int End, string Type)> spans)
    {
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        Tokenizer.Tokenize(text, tokens);
        SentenceSplitter.Split(text, tokens, sentences);
        var tokenSpans = new List<(int, int, string)>();
        foreach (var (begin, end, type) in spans)
        {
            if (begin < 0 || end > text.Length || end <= begin)
                throw new FormatException($"{id}: span [{begin}, {end}) is outside the text ({text.Length} chars).");
            int first = -1, last = -1;
            for (int t = 0; t < tokens.Count; t++)
            {
                if (tokens[t].End <= begin || tokens[t].Start >= end) continue;
                if (first < 0) first = t;
                last = t;
            }
            if (first >= 0) tokenSpans.Add((first, last + 1, type));
        }
        var tags = IobTags.FromSpans(tokens.Count, tokenSpans);
        var annotated = new List<AnnotatedSentence>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var words = new string[sentence.TokenCount];
            for (int i = 0; i < words.Length; i++)
            {
                var token = tokens[sentence.FirstToken + i];
                words[i] = text[token.Start..token.End];
            }
            annotated.Add(new AnnotatedSentence(words, IobTags.MapToIob2(tags[sentence.FirstToken..sentence.EndToken], t => t)));
        }
        return new AnnotatedDocument(id, annotated);
    }
}
