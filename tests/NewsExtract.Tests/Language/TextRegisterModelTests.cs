using NewsExtract.Extraction.Language;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Language;

public sealed class TextRegisterModelTests
{
    private static readonly int N = TextRegisterFeatures.Names.Length;

    private static TextRegisterModel Model(double bias, double threshold = 0.5, double firstWeight = 2) =>
        new("test/1", TextRegisterFeatures.Names, [.. Enumerable.Repeat(0.1, N)], [.. Enumerable.Repeat(0.5, N)],
            [firstWeight, .. Enumerable.Repeat(0.0, N - 1)], bias, threshold);

    [Fact]
    public void The_probability_is_the_logistic_of_the_standardised_weighted_sum()
    {
        var features = new float[N];
        features[0] = 0.6f;
        // z = bias + 2 * (0.6 - 0.1) / 0.5 = -1 + 2 = 1
        Assert.Equal(1 / (1 + Math.Exp(-1)), Model(bias: -1).Probability(features), 6);
        Assert.Equal(TextRegisters.Web, Model(bias: -1).Judge(features));
        Assert.Equal(TextRegisters.News, Model(bias: -1, threshold: 0.8).Judge(features));
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_decisions()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "m.json");
        var model = Model(bias: -0.3, threshold: 0.7);
        model.Save(path);
        var loaded = TextRegisterModel.Load(path);
        var features = new float[N];
        features[0] = 0.45f;
        Assert.Equal(model.Probability(features), loaded.Probability(features), 12);
        Assert.Equal(0.7, loaded.Threshold);
        Assert.Equal("test/1", loaded.Version);
    }

    [Fact]
    public void A_file_of_other_features_or_format_is_refused()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "m.json");
        Model(bias: 0).Save(path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"firstPersonSingular\"", "\"sentenceLength\""));
        Assert.Throws<InvalidDataException>(() => TextRegisterModel.Load(path));
        File.WriteAllText(path, "{\"format\":\"something-else/1\"}");
        Assert.Throws<InvalidDataException>(() => TextRegisterModel.Load(path));
        File.WriteAllText(path, "not json");
        Assert.Throws<InvalidDataException>(() => TextRegisterModel.Load(path));
    }

    [Fact]
    public void A_zero_spread_or_a_threshold_outside_zero_to_one_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => new TextRegisterModel("t", TextRegisterFeatures.Names, new double[N], new double[N], new double[N], 0, 0.5));
        Assert.Throws<InvalidDataException>(() => Model(bias: 0, threshold: 1.5));
    }
}
