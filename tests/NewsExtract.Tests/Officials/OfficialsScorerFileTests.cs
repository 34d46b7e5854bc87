using Microsoft.ML;
using Microsoft.ML.Data;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Events;
using NewsExtract.Extraction.Lexicons;
using NewsExtract.Extraction.Officials;
using NewsExtract.Ingestion.Files;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Officials;

/// <summary>
/// The officials classifiers scored from their weights (<see cref="HashedBagClassifier"/>, stored in
/// <c>officials.scorer.bin</c>) must decide exactly as ML.NET's prediction engines over the same zips, which scored
/// every link before: same token slots, same probabilities.
/// </summary>
public sealed class OfficialsScorerFileTests
{
    private static readonly string ModelDirectory = RepoPaths.InRepo("models", "officials");

    private static readonly Lazy<List<string>> LinkFeatures = new(() =>
    {
        // the layers before the officials, over this project's own articles, give the link features the product scores
        var layers = new ExtractionPipeline(DefaultPipeline.Create(new TriggerEventClassifier(), new OfficialRecognizer()).Components.TakeWhile(c => c.Name != "officials"));
        var lexicon = OfficialsModel.LoadDefault().Lexicon;
        var reader = new ArticleFileReader("test");
        var features = new List<string>();
        foreach (var path in Directory.GetFiles(RepoPaths.InRepo("corpus", "gold"), "*.json").Concat(Directory.GetFiles(RepoPaths.InRepo("corpus", "articles"), "*.json")).Order(StringComparer.Ordinal))
        {
            var document = layers.Run(reader.Read(new ArticleFile(path, Path.GetFileName(path))));
            foreach (var candidate in OfficialRecognizer.FindCandidates(document, SentenceRanges.Of(document), lexicon))
                features.Add(OfficialLinkFeatures.For(candidate, lexicon));
        }
        return features;
    });

    [Fact]
    public void The_shipped_scorer_file_was_made_from_the_shipped_zips()
    {
        Assert.True(File.Exists(Path.Combine(ModelDirectory, OfficialsScorerFile.FileName)), "officials.scorer.bin is missing: run newsextract build scorers");
        Assert.NotNull(OfficialsScorerFile.TryRead(ModelDirectory));
    }

    [Fact]
    public void Tokens_land_in_the_slots_of_ml_nets_featuriser_whatever_their_characters()
    {
        var ml = new MLContext(seed: 1);
        var featurizer = ((TransformerChain<ITransformer>)ml.Model.Load(Path.Combine(ModelDirectory, OfficialsModel.LinkFileName), out _)).First();
        var random = new Random(15);
        (int From, int To)[] blocks = [(0x21, 0x7E), (0xA0, 0x17F), (0x400, 0x4FF), (0x2010, 0x203A), (0x4E00, 0x4FFF), (0xD800, 0xDFFF)];
        var tokens = new List<string>();
        for (int i = 0; i < 3000; i++)
            tokens.Add(new string([.. Enumerable.Range(0, random.Next(1, 14)).Select(_ => blocks[random.Next(blocks.Length)]).Select(b => (char)random.Next(b.From, b.To + 1))]));
        var bags = featurizer.Transform(ml.Data.LoadFromEnumerable(tokens.Select(t => new OfficialFeatureRow { Features = t })))
            .GetColumn<VBuffer<float>>("Bag").Select(v => v.Items().Where(x => x.Value != 0).Select(x => x.Key).ToArray()).ToList();
        int bits = OfficialsScorerFile.TryRead(ModelDirectory)!.Value.Link.Bits;
        for (int i = 0; i < tokens.Count; i++)
            Assert.True(bags[i].Length == 1 && bags[i][0] == HashedTokenBag.Slot(tokens[i], bits),
                $"token {string.Join(' ', tokens[i].Select(c => ((int)c).ToString("X4")))}: ML.NET slot {string.Join(',', bags[i])}, ours {HashedTokenBag.Slot(tokens[i], bits)}");
    }

    [Fact]
    public void Stored_classifiers_give_ml_nets_probabilities_on_the_link_features_of_our_articles_and_mixtures_of_their_tokens()
    {
        var stored = OfficialsScorerFile.TryRead(ModelDirectory);
        Assert.NotNull(stored);
        var (link, country) = stored.Value;
        var ml = new MLContext(seed: 1);
        PredictionEngine<OfficialFeatureRow, OfficialPrediction> Engine(string name) =>
            ml.Model.CreatePredictionEngine<OfficialFeatureRow, OfficialPrediction>(ml.Model.Load(Path.Combine(ModelDirectory, name), out _));
        var linkEngine = Engine(OfficialsModel.LinkFileName);
        var countryEngine = Engine(OfficialsModel.CountryFileName);

        var features = LinkFeatures.Value;
        Assert.True(features.Count > 100, $"only {features.Count} link candidates in the corpus");
        // the served-state features' tokens (ServedCountryFeatures) and the link features' tokens of our articles
        string[] buckets = ["0", "1", "2", "3", "4", "8", "15", ">1", ">2", ">3", ">4", ">15"];
        var stateTokens = new[] { "state", "none", "none&h=minister", "none&h=president", "none&h=none", "none&intl", "none&company", "none&no-title-country", "none&no-home",
                "title-country", "counterpart", "title-target", "title-of", "title-lead", "title-inside", "mention-sentence", "org", "first-named",
                "home-dateline", "home-agency", "home-credit", "home-source", "home-text" }
            .Concat(buckets.SelectMany(b => new[] { "sent-left-" + b, "sent-right-" + b, "named-" + b, "rank-" + b, "none&states=" + b }))
            .Concat(new[] { "left", "right" }.SelectMany(side => new[] { "adj", "name", "near", "person-between" }.Select(k => $"sent-{side}-{k}")));
        var tokens = features.SelectMany(f => f.Split(' ')).Concat(stateTokens).Distinct().ToArray();
        var random = new Random(15);
        var mixtures = Enumerable.Range(0, 2000).Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(0, 30)).Select(_ => tokens[random.Next(tokens.Length)]))).ToList();
        var linkValues = new HashSet<float>();
        var countryValues = new HashSet<float>();
        foreach (var text in features.Concat(mixtures))
        {
            float expectedLink = linkEngine.Predict(new OfficialFeatureRow { Features = text }).Probability;
            float expectedCountry = countryEngine.Predict(new OfficialFeatureRow { Features = text }).Probability;
            Assert.Equal(expectedLink, link.Probability(text));
            Assert.Equal(expectedCountry, country.Probability(text));
            linkValues.Add(expectedLink);
            countryValues.Add(expectedCountry);
        }
        // the weights the texts reach make the probabilities differ: the comparison is not of one constant
        Assert.True(linkValues.Count >= 2 && countryValues.Count >= 10, $"{linkValues.Count} link and {countryValues.Count} country probabilities");
    }

    [Fact]
    public void A_scorer_file_made_from_other_zips_is_not_used_and_the_model_still_loads_with_the_same_decisions()
    {
        using var temp = new TempDirectory();
        foreach (var file in Directory.GetFiles(ModelDirectory))
            File.Copy(file, Path.Combine(temp.Path, Path.GetFileName(file)));
        // another link model: the stored file no longer belongs to the zips
        var linkZip = Path.Combine(temp.Path, OfficialsModel.LinkFileName);
        using (var zip = System.IO.Compression.ZipFile.Open(linkZip, System.IO.Compression.ZipArchiveMode.Update))
            zip.CreateEntry("note.txt");
        Assert.Null(OfficialsScorerFile.TryRead(temp.Path));

        var fromZips = OfficialsModel.Load(temp.Path);
        var shipped = OfficialsModel.LoadDefault();
        foreach (var text in LinkFeatures.Value.Take(200))
            Assert.Equal(shipped.LinkProbability(text), fromZips.LinkProbability(text));

        File.WriteAllBytes(Path.Combine(temp.Path, OfficialsScorerFile.FileName), [.. "NXOFSC01"u8]);
        Assert.Throws<InvalidDataException>(() => OfficialsScorerFile.TryRead(temp.Path));
    }
}
