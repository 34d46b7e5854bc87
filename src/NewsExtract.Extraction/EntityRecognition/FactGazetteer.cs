using System.Reflection;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// The written facts the recogniser's gazetteer features start from (countries, cities, nationality adjectives,
/// title words, organisation heads, time words, first names), embedded in this assembly as <c>ner-facts.txt</c>.
/// Training copies them into each model, so tagging does not read this resource.
/// </summary>
public static class FactGazetteer
{
    private const string ResourceName = "NewsExtract.Extraction.EntityRecognition.ner-facts.txt";

    /// <summary>Category names get this prefix so they never collide with entity types from training data.</summary>
    public const string CategoryPrefix = "fact:";

    /// <summary>The category of the nouns that name a kind of place after its name ("village", "Islands", "Pass").</summary>
    public const string PlaceKindCategory = "placeword";

    private static readonly Lazy<HashSet<string>> PlaceKinds = new(() =>
        new HashSet<string>(Facts().Where(f => f.Category == PlaceKindCategory).Select(f => f.Phrase), StringComparer.OrdinalIgnoreCase));

    /// <summary>Adds every fact to <paramref name="gazetteer"/> under "fact:category".</summary>
    public static void AddTo(Gazetteer gazetteer)
    {
        foreach (var (category, phrase) in Facts()) gazetteer.Add(CategoryPrefix + category, phrase);
    }

    /// <summary>True for a noun that names a kind of place after its name ("Senkaku Islands", "Rikoti Pass"), in any case.</summary>
    public static bool IsPlaceKind(string word) => PlaceKinds.Value.Contains(word);

    private static IEnumerable<(string Category, string Phrase)> Facts()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab > 0) yield return (line[..tab], line[(tab + 1)..]);
        }
    }
}
