using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// The world gazetteer as NER gazetteer facts: country names, nationality adjectives and demonyms, city and region
/// names, international organisations with their abbreviations, and office titles, each under its own fact
/// category. Phrases are cut by the extraction tokenizer so they match tokens as tagging sees them. Training copies
/// them into the model, so tagging never reads the gazetteer for this.
/// </summary>
public static class WorldFacts
{
    public const string Country = "country", Nationality = "nationality", City = "city", Region = "region", Organisation = "intorg", Office = "office";

    public static void AddTo(Gazetteer gazetteer, WorldGazetteer world)
    {
        var tokens = new List<Token>();
        void Add(string category, string phrase)
        {
            tokens.Clear();
            Tokenizer.Tokenize(phrase, tokens);
            if (tokens.Count == 0 || tokens.Count > Gazetteer.MaxTokensPerPhrase) return;
            gazetteer.Add(FactGazetteer.CategoryPrefix + category, tokens.Select(t => phrase[t.Start..t.End]).ToArray());
        }
        foreach (var c in world.Countries)
        {
            foreach (var name in c.OtherNames.Prepend(c.OfficialName).Prepend(c.Name)) Add(Country, name);
            foreach (var adjective in c.Adjectives.Concat(c.Demonyms)) Add(Nationality, adjective);
        }
        foreach (var p in world.Places)
            foreach (var name in p.OtherNames.Prepend(p.Name)) Add(p.Kind == PlaceKind.City ? City : Region, name);
        foreach (var o in world.Organisations)
            foreach (var name in o.Abbreviations.Concat(o.OtherNames).Prepend(o.Name)) Add(Organisation, name);
        foreach (var title in world.Titles) Add(Office, title);
    }
}
