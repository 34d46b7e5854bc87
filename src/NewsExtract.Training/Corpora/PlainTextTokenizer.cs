using NewsExtract.Core.Documents;

namespace NewsExtract.Training.Corpora;

/// <summary>
/// A small rule tokenizer and sentence splitter for corpora that come as raw text with character offsets (re3d) and
/// for benchmark text: words (with inner hyphens, apostrophes and periods, as in "U.S." or "al-Assad"), numbers, and
/// single punctuation marks; a sentence ends after ., ! or ? and at blank lines.
/// </summary>
public static class PlainTextTokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Rev", "St", "Sen", "Rep",
        "Gov", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec", "vs", "etc",
    };

    public static void Tokenize(string text, List<Token> tokens, List<Sentence> sentences)
    {
        int sentenceStart = tokens.Count;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' && i + 1 < text.Length && HasBlankLineAt(text, i)) EndSentence(text, tokens, sentences, ref sentenceStart);
                i++;
                continue;
            }
            int start = i;
            if (char.IsLetterOrDigit(c))
            {
                i++;
                while (i < text.Length)
                {
                    char ch = text[i];
                    if (char.IsLetterOrDigit(ch)) { i++; continue; }
                    if ((ch is '-' or '\'' or '’' or '.' or ',' or '&') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                        && !(ch == ',' && !(char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))))
                    {
                        i += 2;
                        continue;
                    }
                    break;
                }
                // A trailing period belongs to abbreviations ("U.S.", "Gen.").
                if (i < text.Length && text[i] == '.')
                {
                    var word = text.AsSpan(start, i - start);
                    if (word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word.ToString()))
                        i++;
                }
                tokens.Add(new Token(start, i));
                continue;
            }
            i++;
            tokens.Add(new Token(start, i));
            if (c is '.' or '!' or '?')
            {
                while (i < text.Length && text[i] is '"' or '\'' or ')' or '”' or '’')
                {
                    tokens.Add(new Token(i, i + 1));
                    i++;
                }
                EndSentence(text, tokens, sentences, ref sentenceStart);
            }
        }
        EndSentence(text, tokens, sentences, ref sentenceStart);
    }

    private static bool HasBlankLineAt(string text, int newline)
    {
        for (int j = newline + 1; j < text.Length; j++)
        {
            if (text[j] == '\n') return true;
            if (!char.IsWhiteSpace(text[j])) return false;
        }
        return false;
    }

    private static void EndSentence(string text, List<Token> tokens, List<Sentence> sentences, ref int sentenceStart)
    {
        _ = text;
        int count = tokens.Count - sentenceStart;
        if (count == 0) return;
        sentences.Add(new Sentence(tokens[sentenceStart].Start, tokens[^1].End, sentenceStart, count));
        sentenceStart = tokens.Count;
    }
}
