using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;

namespace NewsExtract.Extraction.Text;

/// <summary>
/// Groups the tokens of a document into sentences (pipeline step "sentences", fills <see cref="Document.Sentences"/>;
/// the tokenizer must have run first). A sentence ends after . ! ? or an ellipsis (and any closing quotes or brackets
/// glued to it) when the next token starts a sentence; after an abbreviation or initial only when the next word
/// clearly begins a sentence ("in the U.S. The minister"), never after a title ("Gen. Smith", "No. 5"). Blank lines
/// end a sentence unless it was hard-wrapped across them (the paragraph ends in a comma or the next starts in lower
/// case), and so does a line break after a line without terminal punctuation (a headline) unless the line visibly
/// continues (it ends with a comma, colon, slash or dash, or the next line starts in lower case).
/// </summary>
public sealed class SentenceSplitter : IPipelineComponent
{
    public string Name => "sentences";

    /// <summary>Replaces <see cref="Document.Sentences"/> with the sentences of <see cref="Document.Tokens"/>.</summary>
    /// <exception cref="InvalidOperationException">The document has text but no tokens: the tokenizer has not run.</exception>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Tokens.Count == 0 && !string.IsNullOrWhiteSpace(document.Text))
        {
            throw new InvalidOperationException(
                "The sentence splitter needs the document's tokens, but it has none: run the \"tokenizer\" " +
                "component before \"sentences\" in the pipeline.");
        }
        document.Sentences.Clear();
        Split(document.Text, document.Tokens, document.Sentences);
    }

    /// <summary>
    /// Appends the sentences of <paramref name="tokens"/> (tokens of <paramref name="text"/>, in order) to
    /// <paramref name="output"/>. Every token ends up in exactly one sentence.
    /// </summary>
    /// <exception cref="ArgumentException">A token is empty, outside the text, or out of order.</exception>
    public static void Split(string text, IReadOnlyList<Token> tokens, List<Sentence> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        CheckTokens(text, tokens);

        int first = 0, k = 0;
        while (k < tokens.Count)
        {
            int last = SentenceEndingAt(text, tokens, first, k);
            if (last < 0)
            {
                k++;
                continue;
            }
            output.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last - first + 1));
            first = k = last + 1;
        }
        if (first < tokens.Count)
            output.Add(new Sentence(tokens[first].Start, tokens[^1].End, first, tokens.Count - first));
    }

    /// <summary>
    /// If the sentence that began at token <paramref name="first"/> ends at token <paramref name="k"/> (or at closing
    /// punctuation glued right after it), the index of its last token; otherwise -1.
    /// </summary>
    private static int SentenceEndingAt(string text, IReadOnlyList<Token> tokens, int first, int k)
    {
        var word = tokens[k].TextIn(text);
        int last = k;
        if ((IsTerminal(word) && !IsInnerFullStop(text, tokens, first, k)) || IsAbbreviation(word))
        {
            last = ExtendOverClosers(text, tokens, k);
            if (last == tokens.Count - 1)
                return last;
            var next = tokens[last + 1].TextIn(text);
            bool ends = IsTerminal(word) || last > k
                ? StartsSentence(next)
                : !TextLexicon.IsTitle(word[..^1]) && TextLexicon.IsSentenceStarter(next);
            if (ends)
                return last;
        }
        if (last + 1 >= tokens.Count)
            return -1;

        int lineBreaks = LineBreaksBetween(text, tokens[last].End, tokens[last + 1].Start);
        if (lineBreaks >= 2 && !HardWrapped(tokens[last].TextIn(text), tokens[last + 1].TextIn(text)))
            return last;
        if (lineBreaks == 1 && !LineContinues(tokens[last].TextIn(text), tokens[last + 1].TextIn(text)))
            return last;
        return -1;
    }

    /// <summary>
    /// A full stop that does not end a sentence: after an agency tag in a dateline ("MOSCOW, May 4. /TASS/. The …"),
    /// after the number of a list item that opens the sentence ("1. The …"), or inside an abbreviation after a hyphen
    /// ("Japan-U.S.").
    /// </summary>
    private static bool IsInnerFullStop(string text, IReadOnlyList<Token> tokens, int first, int k)
    {
        if (k == first || tokens[k].TextIn(text) is not ".")
            return false;
        var previous = tokens[k - 1].TextIn(text);
        if (previous is "/")
            return true;
        // inside an abbreviation the tokenizer cut after a hyphen: "Japan-U" "." "S." ("the Japan-U.S. treaty")
        if (k + 1 < tokens.Count && tokens[k - 1].End == tokens[k].Start && tokens[k].End == tokens[k + 1].Start
            && char.IsUpper(previous[^1]) && (previous.Length == 1 || !char.IsLetter(previous[^2])) && IsAbbreviation(tokens[k + 1].TextIn(text)))
            return true;
        return k == first + 1 && previous.Length <= 2 && char.IsAsciiDigit(previous[0]) && char.IsAsciiDigit(previous[^1]);
    }

    /// <summary>Skips closing quotes and brackets, and further terminal marks, glued to token <paramref name="k"/>.</summary>
    private static int ExtendOverClosers(string text, IReadOnlyList<Token> tokens, int k)
    {
        int j = k;
        while (j + 1 < tokens.Count && tokens[j + 1].Start == tokens[j].End)
        {
            var next = tokens[j + 1].TextIn(text);
            if (!IsTerminal(next) && !IsCloser(next))
                break;
            j++;
        }
        return j;
    }

    /// <summary>
    /// Whether a line that ends with <paramref name="lastOnLine"/> (and no sentence end) runs on into the next line:
    /// it ends in an abbreviation or a joining mark, or the next line starts in lower case. Otherwise the line is a
    /// headline or another unterminated unit and ends its sentence.
    /// </summary>
    /// <summary>
    /// A sentence hard-wrapped across a blank line, as some agencies' copy reaches us ("The exports rose 10 percent" /
    /// "" / "compared to July."): the paragraph ends in a comma or the next one starts in lower case.
    /// </summary>
    private static bool HardWrapped(ReadOnlySpan<char> lastOnLine, ReadOnlySpan<char> firstOnNextLine) =>
        (lastOnLine.Length == 1 && lastOnLine[0] == ',') || char.IsLower(firstOnNextLine[0]);

    private static bool LineContinues(ReadOnlySpan<char> lastOnLine, ReadOnlySpan<char> firstOnNextLine)
    {
        if (IsAbbreviation(lastOnLine))
            return true;
        if (lastOnLine.Length == 1 && lastOnLine[0] is ',' or ';' or ':' or '/' or '-' or '–' or '—' or '(' or '['
                or '«' or '“' or '&')
            return true;
        return char.IsLower(firstOnNextLine[0]);
    }

    private static int LineBreaksBetween(string text, int from, int to)
    {
        int breaks = 0;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == to || text[i + 1] != '\n')) || c is '\u2028' or '\u0085')
                breaks++;
            else if (c == '\u2029')
                breaks += 2;
        }
        return breaks;
    }

    /// <summary>A token made only of . ! ? … (a full stop, an ellipsis, "?!" and the like).</summary>
    private static bool IsTerminal(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (c is not ('.' or '!' or '?' or '…'))
                return false;
        }
        return true;
    }

    /// <summary>A word the tokenizer kept together with its period: "U.S.", "Dec.", "P.", "etc.".</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> token) =>
        token.Length > 1 && token[^1] == '.' && char.IsLetter(token[^2]);

    private static bool IsCloser(ReadOnlySpan<char> token) =>
        token.Length == 1 && token[0] is '"' or '\'' or '’' or '”' or '»' or ')' or ']' or '}';

    /// <summary>A token that can open a sentence: a capitalised or caseless word, a number, an opening quote or bracket.</summary>
    private static bool StartsSentence(ReadOnlySpan<char> token)
    {
        char c = token[0];
        if (char.IsLetter(c))
            return !char.IsLower(c);
        return char.IsDigit(c) || c is '"' or '\'' or '“' or '‘' or '«' or '(' or '[' or '—' or '–' or '-' or '•';
    }

    private static void CheckTokens(string text, IReadOnlyList<Token> tokens)
    {
        int previousEnd = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Start < previousEnd || token.End <= token.Start || token.End > text.Length)
            {
                throw new ArgumentException(
                    $"Token {i} [{token.Start}, {token.End}) is empty, outside the text (length {text.Length}) or " +
                    $"overlaps the token before it (which ends at {previousEnd}); tokens must come from the tokenizer " +
                    "run on this same text.", nameof(tokens));
            }
            previousEnd = token.End;
        }
    }
}
