using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Ner;

namespace NewsExtract.Tests.EntityRecognition;

public sealed class NerCrossValidationTests
{
    private static readonly string[] People = ["Kofi Mensah", "Maria Lindqvist", "Anders Berg", "Lena Holm", "Ravi Nair", "Ines Duarte", "Tomas Novak", "Aiko Sato"];
    private static readonly string[] Towns = ["Trondheim", "Tromso", "Bergen", "Oslo", "Velmora", "Ostrand", "Karlsby", "Nordvik"];

    private static AnnotatedDocument Document(int i)
    {
        var name = People[i].Split(' ');
        string[] words = [name[0], name[1], "visited", Towns[i], "on", "Monday", "."];
        string[] tags = ["B-PER", "I-PER", "O", "B-LOC", "O", "O", "O"];
        return new AnnotatedDocument($"doc-{i}", [new AnnotatedSentence(words, tags)]);
    }

    [Fact]
    public void Every_document_is_scored_once_by_a_model_that_never_saw_it()
    {
        // each document twice (a weight of 2): both copies must fall in the same fold, or a model would score a text it trained on
        var documents = Enumerable.Range(0, People.Length).SelectMany(i => new[] { Document(i), Document(i) }).ToList();
        var config = new NerTrainingConfig
        {
            Version = "cv/1",
            Scheme = TypeScheme.ConllName,
            GazetteerFolds = 1,
            MaxIterations = 20,
            Features = new NerFeatureConfig { HashBits = 14 },
        };
        var messages = new List<string>();

        var result = NerCrossValidation.Run(config, documents, 2, messages.Add, [0f, 0.5f]);

        Assert.Equal(2, result.Folds.Count);
        Assert.Equal(People.Length * 2, result.Pooled.Micro.Gold);
        Assert.Equal(result.Folds.Sum(f => f.Micro.Gold), result.Pooled.Micro.Gold);
        foreach (var doc in documents.DistinctBy(d => d.Id))
            Assert.Equal(1, Enumerable.Range(0, 2).Count(f => DocumentFolds.Of(doc, 2) == f));
        Assert.Contains(messages, m => m.StartsWith("fold 2/2:", StringComparison.Ordinal));
        // each decoding weight pools the same held-out entities; at weight 0 the decoding is the config's own (0)
        Assert.Equal([0f, 0.5f], result.PooledByTransitionWeight.Keys.Order());
        Assert.All(result.PooledByTransitionWeight.Values, p => Assert.Equal(result.Pooled.Micro.Gold, p.Micro.Gold));
        Assert.Equal(result.Pooled.Micro.Correct, result.PooledByTransitionWeight[0f].Micro.Correct);
        Assert.Throws<ArgumentException>(() => NerCrossValidation.Run(config, documents, 1, _ => { }));
    }
}
