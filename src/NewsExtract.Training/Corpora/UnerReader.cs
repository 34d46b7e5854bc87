namespace NewsExtract.Training.Corpora;

/// <summary>
/// Reads Universal NER IOB2 files: tab-separated <c>index token tag …</c> lines, <c>#</c> comment lines
/// (<c># newdoc id = …</c> starts a document, <c># text = …</c> gives the sentence's original text), blank lines between
/// sentences. Types PER, ORG, LOC. Hyphenated words the treebank split ("al - Sadr") are joined back where the original
/// text writes them whole (<see cref="HyphenatedWordJoiner"/>), since the product's tokenizer keeps them one token.
/// </summary>
public static class UnerReader
{
    public static List<AnnotatedDocument> Read(TextReader reader, Func<string, string?> map, string name = "uner")
    {
        var documents = new List<AnnotatedDocument>();
        var sentences = new List<AnnotatedSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        string documentId = $"{name}#1";
        string? sentenceText = null;
        int lineNumber = 0;

        void EndSentence()
        {
            if (words.Count == 0) return;
            HyphenatedWordJoiner.Join(sentenceText, words, tags);
            sentenceText = null;
            sentences.Add(new AnnotatedSentence([.. words], IobTags.MapToIob2(tags, map)));
            words.Clear();
            tags.Clear();
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0) documents.Add(new AnnotatedDocument(documentId, [.. sentences]));
            sentences.Clear();
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length > 0 && line[0] == '\uFEFF') line = line[1..];
            if (line.StartsWith('#'))
            {
                const string NewDocument = "# newdoc id = ", SentenceText = "# text = ";
                if (line.StartsWith(SentenceText, StringComparison.Ordinal)) sentenceText = line[SentenceText.Length..];
                if (line.StartsWith(NewDocument, StringComparison.Ordinal))
                {
                    EndDocument();
                    documentId = line[NewDocument.Length..].Trim();
                }
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length < 3)
                throw new FormatException($"{name} line {lineNumber}: expected 'index<TAB>token<TAB>tag', got '{line}'.");
            string tag = fields[2];
            if (tag != "O" && !(tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I'))
                throw new FormatException($"{name} line {lineNumber}: '{tag}' is not an IOB2 tag.");
            words.Add(fields[1]);
            tags.Add(tag);
        }
        EndDocument();
        return documents;
    }
}
