using System.Text;
using NewsExtract.Core.Documents;

namespace NewsExtract.Training.Corpora;

/// <summary>
/// An annotated document laid out as plain text (words joined by spaces, sentences by newlines) with its tokens and
/// sentences, so training and evaluation run exactly the feature code the pipeline runs on real articles.
/// </summary>
public sealed class AnnotatedDocumentText
{
    private AnnotatedDocumentText(string text, List<Token> tokens, List<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    public string Text { get; }
    public List<Token> Tokens { get; }
    public List<Sentence> Sentences { get; }

    public static AnnotatedDocumentText Build(AnnotatedDocument document)
    {
        var text = new StringBuilder();
        var tokens = new List<Token>();
        var sentences = new List<Sentence>(document.Sentences.Count);
        foreach (var sentence in document.Sentences)
        {
            if (text.Length > 0) text.Append('\n');
            int sentenceStart = text.Length;
            int firstToken = tokens.Count;
            for (int i = 0; i < sentence.Words.Length; i++)
            {
                if (i > 0) text.Append(' ');
                int start = text.Length;
                text.Append(sentence.Words[i]);
                tokens.Add(new Token(start, text.Length));
            }
            sentences.Add(new Sentence(sentenceStart, text.Length, firstToken, sentence.Words.Length));
        }
        return new AnnotatedDocumentText(text.ToString(), tokens, sentences);
    }
}
