using System.Globalization;

namespace NewsExtract.Training.Corpora;

/// <summary>
/// A corpus named on the command line as <c>FORMAT:PATH[@FROM-TO][#DOMAIN][*N]</c>: FORMAT is conll, gmb, meantime,
/// re3d, gold, uner or text (unlabelled, for word clusters); the optional range keeps the documents from fraction FROM to TO of the corpus in order (e.g.
/// <c>@0-0.9</c> for the first 90 %, <c>@0.9-1</c> for the contiguous tail); DOMAIN names the corpus's annotation
/// conventions, which a model learns in domain-specific feature copies (see <c>NerFeatureExtractor.Domain</c>) and
/// evaluation tags with; N repeats each document.
/// </summary>
public sealed record CorpusSpec(CorpusFormat Format, string Path, double From = 0, double To = 1, int Weight = 1, string? Domain = null)
{
    public static CorpusSpec Parse(string text)
    {
        int weight = 1;
        int star = text.LastIndexOf('*');
        if (star > 0 && text.IndexOf(':') < star)
        {
            if (!int.TryParse(text.AsSpan(star + 1), NumberStyles.None, CultureInfo.InvariantCulture, out weight) || weight < 1)
                throw new FormatException($"'{text[star..]}' is not a weight *N with N ≥ 1.");
            text = text[..star];
        }
        string? domain = null;
        int hash = text.LastIndexOf('#');
        if (hash > 0 && text.IndexOf(':') < hash)
        {
            domain = text[(hash + 1)..];
            if (domain.Length == 0 || !domain.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
                throw new FormatException($"'{text[hash..]}' is not a domain #NAME (letters, digits, - and _).");
            text = text[..hash];
        }
        int colon = text.IndexOf(':');
        if (colon <= 0) throw new FormatException($"'{text}' is not FORMAT:PATH (FORMAT is conll, gmb, meantime, re3d, gold, uner or text).");
        string formatName = text[..colon];
        if (!Enum.TryParse<CorpusFormat>(formatName, ignoreCase: true, out var format) || int.TryParse(formatName, out _))
            throw new FormatException($"Unknown corpus format '{formatName}' (use conll, gmb, meantime, re3d, gold, uner or text).");
        string path = text[(colon + 1)..];
        double from = 0, to = 1;
        int at = path.LastIndexOf('@');
        if (at >= 0)
        {
            var range = path[(at + 1)..].Split('-');
            if (range.Length != 2 || !double.TryParse(range[0], CultureInfo.InvariantCulture, out from)
                || !double.TryParse(range[1], CultureInfo.InvariantCulture, out to) || from < 0 || to > 1 || from >= to)
                throw new FormatException($"'{path[at..]}' is not a range @FROM-TO with 0 ≤ FROM < TO ≤ 1.");
            path = path[..at];
        }
        if (path.Length == 0) throw new FormatException($"'{text}' has no path.");
        return new CorpusSpec(format, path, from, to, weight, domain);
    }

    /// <summary>Reads the corpus, mapping its types with <paramref name="scheme"/>; a clear error when the path is missing.</summary>
    public List<AnnotatedDocument> Load(TypeScheme scheme)
    {
        if (!File.Exists(Path) && !Directory.Exists(Path)) throw new FileNotFoundException($"No {Format} corpus at {Path}.", Path);
        string? Map(string raw) => scheme.Map(Format, raw);
        List<AnnotatedDocument> documents = Format switch
        {
            CorpusFormat.Conll => ReadConll(Path, Map),
            CorpusFormat.Gmb => GmbCsvReader.ReadFile(Path, Map),
            CorpusFormat.Meantime => MeantimeReader.ReadPath(Path, Map),
            CorpusFormat.Re3d => Re3dReader.ReadPath(Path, Map),
            CorpusFormat.Gold => GoldRecordsReader.ReadPath(Path, Map),
            CorpusFormat.Uner => ReadUner(Path, Map),
            CorpusFormat.Text => UnlabelledTextReader.ReadPath(Path),
            _ => throw new NotSupportedException(Format.ToString()),
        };
        if (From > 0 || To < 1)
        {
            int first = (int)Math.Round(From * documents.Count);
            int end = (int)Math.Round(To * documents.Count);
            documents = documents.GetRange(first, end - first);
        }
        if (Domain is not null) documents = [.. documents.Select(d => d with { Domain = Domain })];
        // a weight repeats each document; copies keep the document's id, so fold assignment keeps them together
        return Weight == 1 ? documents : [.. documents.SelectMany(d => Enumerable.Repeat(d, Weight))];
    }

    public override string ToString()
    {
        string range = From <= 0 && To >= 1 ? "" : string.Create(CultureInfo.InvariantCulture, $"@{From}-{To}");
        string weight = Weight == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $"*{Weight}");
        string domain = Domain is null ? "" : "#" + Domain;
        return $"{Format.ToString().ToLowerInvariant()}:{Path}{range}{domain}{weight}";
    }

    private static List<AnnotatedDocument> ReadUner(string path, Func<string, string?> map)
    {
        using var reader = File.OpenText(path);
        return UnerReader.Read(reader, map, System.IO.Path.GetFileName(path));
    }

    private static List<AnnotatedDocument> ReadConll(string path, Func<string, string?> map)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal).ToList() : [path];
        var documents = new List<AnnotatedDocument>();
        foreach (var file in files)
        {
            using var reader = File.OpenText(file);
            documents.AddRange(ConllReader.Read(reader, map, System.IO.Path.GetFileName(file)));
        }
        return documents;
    }
}
