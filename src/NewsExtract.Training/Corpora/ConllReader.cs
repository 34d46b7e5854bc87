namespace NewsExtract.Training.Corpora;

/// <summary>
/// Reads CoNLL-2003 files: one <c>token … tag</c> line per token (tag in the last column), blank lines between
/// sentences, <c>-DOCSTART-</c> lines between documents. IOB1 or IOB2 input; output is IOB2 in the mapped types.
/// </summary>
public static class ConllReader
{
    public static List<AnnotatedDocument> Read(TextReader reader, Func<string, string?> map, string name = "conll")
    {
        var documents = new List<AnnotatedDocument>();
        var sentences = new List<AnnotatedSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        int lineNumber = 0;

        void EndSentence()
        {
            if (words.Count == 0) return;
            sentences.Add(new AnnotatedSentence([.. words], IobTags.MapToIob2(tags, map)));
            words.Clear();
            tags.Clear();
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count == 0) return;
            documents.Add(new AnnotatedDocument($"{name}#{documents.Count + 1}", [.. sentences]));
            sentences.Clear();
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length > 0 && line[0] == '\uFEFF') line = line[1..];
            if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
                continue;
            }
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields[0] == "-DOCSTART-")
            {
                EndDocument();
                continue;
            }
            if (fields.Length < 2)
                throw new FormatException($"{name} line {lineNumber}: expected 'token … tag', got '{line}'.");
            string tag = fields[^1];
            if (tag != "O" && !(tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' or 'E' or 'S'))
                throw new FormatException($"{name} line {lineNumber}: '{tag}' is not an IOB tag.");
            words.Add(fields[0]);
            tags.Add(tag);
        }
        EndDocument();
        return documents;
    }
}
