using NewsExtract.Extraction.Gazetteers;
using YamlDotNet.RepresentationModel;

namespace NewsExtract.Training.Gazetteers;

/// <summary>
/// International organisations from the list's YAML (one mapping per organisation): English name, abbreviation,
/// other English names and the Wikidata id. "null" and "[No code found.]" placeholders are dropped, and so are other
/// names that describe rather than name: one with a lower-case word other than a function word ("Council of
/// ministers", which every state has, for the Council of the European Union) would make any such body international.
/// A name of more than <see cref="MaxNameWords"/> words is not kept either: the gazetteer ships, and a run of ten words
/// or more is text, not a name copy uses (it names the body by its short form: the NER features match at most six
/// tokens); such a body is named by its abbreviation, and left out when it has none.
/// </summary>
public static class OrganisationListReader
{
    /// <summary>Lower-case words a proper name may hold ("Agreement on Combating Piracy against Ships in Asia").</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "on", "in", "at", "to", "against", "with", "by", "&", "a", "an",
        "de", "du", "des", "la", "le", "les", "et", "del", "y", "el", "für", "und",
    };

    /// <summary>The most words an organisation's name may have in the shipped gazetteer.</summary>
    public const int MaxNameWords = 9;

    public static List<GazetteerOrganisation> Read(GazetteerSources sources)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(sources.Organisations)) yaml.Load(reader);
        var organisations = new List<GazetteerOrganisation>();
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root) return organisations;
        foreach (var (key, node) in root.Children)
        {
            if (node is not YamlMappingNode entry) continue;
            string name = Value(entry, "Name_en") ?? (key as YamlScalarNode)?.Value ?? "";
            if (name.Length == 0) continue;
            var abbreviations = new[] { Value(entry, "Abbreviation_en") }.OfType<string>().ToList();
            var others = entry.Children.Where(c => c.Key is YamlScalarNode k && k.Value is { } v && v.StartsWith("Name_other", StringComparison.Ordinal) && v.EndsWith("_en", StringComparison.Ordinal))
                .Select(c => Scalar(c.Value)).OfType<string>().Where(o => o != name && IsProperName(o) && !IsTooLong(o)).ToList();
            if (IsTooLong(name))
            {
                if (abbreviations.Count == 0) continue;
                name = abbreviations[0];
            }
            organisations.Add(new GazetteerOrganisation(GazetteerFiles.Clean(name), abbreviations.Select(GazetteerFiles.Clean).ToList(),
                others.Select(GazetteerFiles.Clean).ToList(), Value(entry, "Wikidata_code")));
        }
        return organisations;
    }

    /// <summary>True when every word holds a capital letter or is a function word.</summary>
    public static bool IsProperName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.Any(char.IsUpper) || !char.IsLetter(w[0]) || FunctionWords.Contains(w));

    private static bool IsTooLong(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxNameWords;

    private static string? Value(YamlMappingNode entry, string key) =>
        entry.Children.TryGetValue(new YamlScalarNode(key), out var node) ? Scalar(node) : null;

    private static string? Scalar(YamlNode node) =>
        node is YamlScalarNode { Value: { } v } && v.Length > 0 && v != "null" && !v.StartsWith("[No ", StringComparison.Ordinal) ? v.Trim() : null;
}
