using NewsExtract.Extraction.Language;
using NewsExtract.Training.Register;

namespace NewsExtract.Tests.Language;

public sealed class TextRegisterTrainerTests
{
    private static readonly int N = TextRegisterFeatures.Names.Length;

    /// <summary>Web documents speak as "I" far more often than news documents; every other rate is noise.</summary>
    private static List<TextRegisterExample> Examples(int perClass, int seed)
    {
        var random = new Random(seed);
        var examples = new List<TextRegisterExample>();
        for (int i = 0; i < perClass * 2; i++)
        {
            bool web = i % 2 == 0;
            var features = new float[N];
            for (int f = 0; f < N; f++) features[f] = (float)(random.NextDouble() * 0.05);
            features[TextRegisterFeatures.Index("firstPersonSingular")] = (float)((web ? 0.06 : 0.0) + random.NextDouble() * 0.03);
            examples.Add(new TextRegisterExample($"d{i}", web ? "web" : "news", web, features));
        }
        return examples;
    }

    [Fact]
    public void A_separating_rate_is_learned_with_a_positive_weight_and_out_of_fold_probabilities_separate_the_classes()
    {
        var options = new TextRegisterTrainingOptions { Folds = 4, Seed = 3, MaxNewsAsWeb = 0 };
        var trainer = new TextRegisterTrainer(options);
        var examples = Examples(60, seed: 5);
        var probabilities = trainer.CrossValidate(examples);
        double threshold = trainer.ChooseThreshold(examples, probabilities);
        var model = trainer.Train(examples, threshold, "t/1");

        Assert.True(model.Weights[TextRegisterFeatures.Index("firstPersonSingular")] > 0);
        Assert.All(Enumerable.Range(0, examples.Count).Where(i => !examples[i].IsWeb), i => Assert.True(probabilities[i] < threshold));
        Assert.True(Enumerable.Range(0, examples.Count).Count(i => examples[i].IsWeb && probabilities[i] >= threshold) >= 55);
        var speaker = new float[N];
        speaker[TextRegisterFeatures.Index("firstPersonSingular")] = 0.08f;
        Assert.Equal(TextRegisters.Web, model.Judge(speaker));
        Assert.Equal(TextRegisters.News, model.Judge(new float[N]));
    }

    [Fact]
    public void The_threshold_lets_through_at_most_the_allowed_share_of_news()
    {
        var examples = Enumerable.Range(0, 10).Select(i => new TextRegisterExample($"n{i}", "news", false, new float[N]))
            .Append(new TextRegisterExample("w", "web", true, new float[N])).ToList();
        double[] probabilities = [0.99, 0.9, 0.8, 0.3, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.95];
        // none allowed: just above the highest news probability
        Assert.Equal(0.99, new TextRegisterTrainer(new() { MaxNewsAsWeb = 0 }).ChooseThreshold(examples, probabilities), 4);
        // one in ten allowed: just above the second highest
        Assert.Equal(0.9, new TextRegisterTrainer(new() { MaxNewsAsWeb = 0.1 }).ChooseThreshold(examples, probabilities), 4);
        // never below one half
        Assert.Equal(0.5, new TextRegisterTrainer(new() { MaxNewsAsWeb = 0.5 }).ChooseThreshold(examples, probabilities), 4);
    }

    [Fact]
    public void Training_on_one_class_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => new TextRegisterTrainer(new()).Train([.. Examples(10, 1).Where(e => e.IsWeb)], 0.5, "t"));

    [Fact]
    public void A_configuration_without_news_corpora_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"register-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"web\": [\"uner:a.iob2\"], \"news\": [] }");
        try
        {
            Assert.Throws<InvalidDataException>(() => TextRegisterTrainingOptions.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
