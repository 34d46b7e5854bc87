using System.Text;

namespace NewsExtract.Training.Corpora;

/// <summary>
/// Reads the GMB "entity-annotated corpus" CSV: Windows-1252, CRLF, header <c>Sentence #,Word,POS,Tag</c>, the
/// sentence label only on each sentence's first row, quoted fields for words with commas or quotes. The file has no
/// article boundaries, so consecutive sentences are grouped into pseudo-documents of <see cref="SentencesPerDocument"/>.
/// </summary>
public static class GmbCsvReader
{
    public const int SentencesPerDocument = 10;

    static GmbCsvReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding FileEncoding => Encoding.GetEncoding(1252);

    public static List<AnnotatedDocument> ReadFile(string path, Func<string, string?> map)
    {
        using var reader = new StreamReader(path, FileEncoding, detectEncodingFromByteOrderMarks: false);
        return Read(reader, map);
    }

    public static List<AnnotatedDocument> Read(TextReader reader, Func<string, string?> map)
    {
        var header = reader.ReadLine() ?? throw new FormatException("The GMB file is empty.");
        var columns = SplitCsv(header.TrimStart('\uFEFF'), 0);
        if (columns.Count < 4 || columns[1] != "Word" || columns[3] != "Tag")
            throw new FormatException($"Unexpected GMB header '{header}' (want 'Sentence #,Word,POS,Tag').");

        var sentences = new List<AnnotatedSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        int lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var fields = SplitCsv(line, lineNumber);
            if (fields.Count != 4) throw new FormatException($"GMB line {lineNumber}: expected 4 fields, got {fields.Count}.");
            if (fields[0].Length > 0 && words.Count > 0)
            {
                sentences.Add(new AnnotatedSentence([.. words], IobTags.MapToIob2(tags, map)));
                words.Clear();
                tags.Clear();
            }
            if (fields[1].Length == 0) throw new FormatException($"GMB line {lineNumber}: empty word.");
            words.Add(fields[1]);
            tags.Add(fields[3]);
        }
        if (words.Count > 0) sentences.Add(new AnnotatedSentence([.. words], IobTags.MapToIob2(tags, map)));

        var documents = new List<AnnotatedDocument>();
        for (int i = 0; i < sentences.Count; i += SentencesPerDocument)
        {
            int count = Math.Min(SentencesPerDocument, sentences.Count - i);
            documents.Add(new AnnotatedDocument($"gmb#s{i + 1}", sentences.GetRange(i, count)));
        }
        return documents;
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting: "" inside quotes is a quote).</summary>
    public static List<string> SplitCsv(string line, int lineNumber)
    {
        var fields = new List<string>(4);
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else quoted = false;
                }
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c != '\r') field.Append(c);
        }
        if (quoted) throw new FormatException($"GMB line {lineNumber}: unterminated quoted field.");
        fields.Add(field.ToString());
        return fields;
    }
}
