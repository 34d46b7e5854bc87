using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Language;

/// <summary>
/// Style measurements of a whole text that tell informal web writing from edited news copy without regard to its
/// topic: how often the writer speaks as "I" or to "you", contractions, questions and exclamations, sentences that
/// begin in lower case, a lower-case "i", doubled punctuation and emoticons, reported speech
/// ("said", "according to"), numbers and capitalised words inside sentences. Each is a rate (per word or per
/// sentence), so a short post and a long article are measured alike. The words counted are closed-class English
/// (pronouns, clitics, reporting verbs), not a list of topics.
/// </summary>
public static class TextRegisterFeatures
{
    /// <summary>The feature names, in the order <see cref="Compute"/> fills them.</summary>
    public static readonly string[] Names =
    [
        "firstPersonSingular", "secondPerson", "firstPersonPlural", "contractions", "lowerCaseI",
        "questions", "exclamations", "lowerCaseSentenceStarts", "doubledPunctuation",
        "reportedSpeech", "numbers", "capitalisedInside", "allCapitals",
        "quotes", "thirdPersonPronouns",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstSingular = Lookup("i", "me", "my", "mine", "myself", "im", "ive", "id");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Second = Lookup("you", "your", "yours", "yourself", "yourselves", "u", "ur", "ya");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPlural = Lookup("we", "us", "our", "ours", "ourselves");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ThirdPerson = Lookup("he", "she", "his", "her", "him", "they", "their", "them", "its");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Clitics = Lookup("n't", "'m", "'re", "'ve", "'ll", "'d", "dont", "cant", "wont", "didnt", "doesnt", "isnt", "thats");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Reporting = Lookup("said", "says", "told", "according", "stated", "noted", "announced", "added", "reported");

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The position of a feature in the vector.</summary>
    public static int Index(string name) => Array.IndexOf(Names, name) is var i and >= 0 ? i : throw new ArgumentException($"No register feature '{name}'.", nameof(name));

    /// <summary>Measures a tokenised, sentence-split text; all zeros when it has no words.</summary>
    public static float[] Compute(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var features = new float[Names.Length];
        int words = 0, firstSingular = 0, second = 0, firstPlural = 0, third = 0, contractions = 0, lowerI = 0;
        int numbers = 0, capitalisedInside = 0, allCapitals = 0, quotes = 0, doubled = 0;
        int questions = 0, exclamations = 0, lowerStarts = 0, reported = 0, counted = 0;
        Span<char> buffer = stackalloc char[16];
        foreach (var sentence in sentences)
        {
            int sentenceWords = 0;
            bool firstWordSeen = false, reports = false;
            for (int t = sentence.FirstToken; t < sentence.EndToken && t < tokens.Count; t++)
            {
                var token = tokens[t].TextIn(text);
                if (token.Length == 0) continue;
                char first = token[0];
                if (IsPunctuationRun(token))
                {
                    // a run of punctuation tokens is read as one, so "!!" counts alike whether a tokenizer split it or not
                    if (t > sentence.FirstToken && IsPunctuationRun(tokens[t - 1].TextIn(text))) continue;
                    int runEnd = t + 1;
                    while (runEnd < sentence.EndToken && runEnd < tokens.Count && IsPunctuationRun(tokens[runEnd].TextIn(text))) runEnd++;
                    var run = ReadRun(text, tokens, t, runEnd);
                    if (run.Doubled) doubled++;
                    // questions and exclamations are counted as runs of marks, not sentence ends, since informal text
                    // without capitals is often one long "sentence" to the splitter
                    if (run.Question) questions++;
                    if (run.Exclamation) exclamations++;
                    continue;
                }
                if (first is '"' or '“' or '”') quotes++;
                if (Clitics.Contains(Normalise(token, buffer))) contractions++;
                if (char.IsDigit(first)) { numbers++; continue; }
                if (!char.IsLetter(first)) continue;
                words++;
                sentenceWords++;
                if (FirstSingular.Contains(token)) firstSingular++;
                if (token is "i") lowerI++;
                if (Second.Contains(token)) second++;
                if (FirstPlural.Contains(token)) firstPlural++;
                if (ThirdPerson.Contains(token)) third++;
                if (Reporting.Contains(token)) reports = true;
                if (!firstWordSeen)
                {
                    firstWordSeen = true;
                    if (char.IsLower(first)) lowerStarts++;
                }
                else if (char.IsUpper(first) && !(token is "I"))
                {
                    capitalisedInside++;
                    if (token.Length >= 3 && IsAllUpper(token)) allCapitals++;
                }
            }
            if (sentenceWords == 0) continue;
            counted++;
            if (reports) reported++;
        }
        if (words == 0 || counted == 0) return features;
        float w = words, s = counted;
        features[0] = firstSingular / w;
        features[1] = second / w;
        features[2] = firstPlural / w;
        features[3] = contractions / w;
        features[4] = lowerI / w;
        features[5] = questions / s;
        features[6] = exclamations / s;
        features[7] = lowerStarts / s;
        features[8] = doubled / s;
        features[9] = reported / s;
        features[10] = numbers / (w + numbers);
        features[11] = capitalisedInside / w;
        features[12] = allCapitals / w;
        features[13] = quotes / s;
        features[14] = third / w;
        return features;
    }

    /// <summary>The token lower-cased with typographic apostrophes made plain, so "n’t" counts as "n't".</summary>
    private static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> token, Span<char> buffer)
    {
        if (token.Length > buffer.Length) return token;
        for (int i = 0; i < token.Length; i++)
            buffer[i] = token[i] == '’' ? '\'' : char.ToLowerInvariant(token[i]);
        return buffer[..token.Length];
    }

    /// <summary>A token of marks only: sentence punctuation, brackets, colons.</summary>
    private static bool IsPunctuationRun(ReadOnlySpan<char> token)
    {
        if (token.Length == 0) return false;
        foreach (char c in token)
            if (c is not ('!' or '?' or '.' or ':' or ';' or '(' or ')' or '-')) return false;
        return true;
    }

    /// <summary>
    /// What a run of punctuation tokens [first, end) holds: a question mark, an exclamation mark, and whether it reads
    /// as doubled punctuation ("!!", "??", "?!", "...", or an emoticon such as ":)" or ":-(", judged on its first eight
    /// marks).
    /// </summary>
    private static (bool Doubled, bool Question, bool Exclamation) ReadRun(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        Span<char> run = stackalloc char[8];
        int length = 0;
        bool question = false, exclamation = false;
        for (int t = first; t < end; t++)
            foreach (char c in tokens[t].TextIn(text))
            {
                question |= c == '?';
                exclamation |= c == '!';
                if (length < run.Length) run[length++] = c;
            }
        var marks = run[..length];
        bool emoticon = marks.Length >= 2 && marks[0] is ':' or ';' && marks[^1] is ')' or '(';
        bool doubled = emoticon || marks.Count('!') + marks.Count('?') >= 2 || marks.Count('.') >= 3;
        return (doubled, question, exclamation);
    }

    private static bool IsAllUpper(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }
}
