using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;
using NewsExtract.Tests.Support;
using NewsExtract.Training.Events;

namespace NewsExtract.Tests.Events;

/// <summary>
/// The stored scorer (<c>events.scorer.bin</c>) that lets the event model load without ML.NET: the shipped one belongs
/// to the shipped zip, a stored scorer scores every hand-labelled sentence as the scorer read out of the zip, and a file
/// made from another zip is never used.
/// </summary>
public sealed class EventScorerFileTests
{
    private static readonly string ModelDirectory = RepoPaths.InRepo("models", "events");

    [Fact]
    public void The_shipped_scorer_file_was_made_from_the_shipped_zip()
    {
        var path = Path.Combine(ModelDirectory, EventScorerFile.FileName);
        Assert.True(File.Exists(path), $"{path} is missing: run newsextract build event-scorer");
        Assert.NotNull(EventScorerFile.TryRead(path, EventScorerFile.HashOf(Path.Combine(ModelDirectory, EventModel.ModelFileName))));
    }

    [Fact]
    public void A_stored_scorer_scores_every_hand_labelled_sentence_as_the_scorer_read_from_the_zip()
    {
        using var temp = new TempDirectory();
        foreach (var file in new[] { EventModel.ModelFileName, EventModelConfig.FileName })
            File.Copy(Path.Combine(ModelDirectory, file), Path.Combine(temp.Path, file));
        var fromZip = EventModel.Load(temp.Path);
        EventScorerFile.WriteFromZip(temp.Path);
        var stored = EventScorerFile.TryRead(Path.Combine(temp.Path, EventScorerFile.FileName), EventScorerFile.HashOf(Path.Combine(temp.Path, EventModel.ModelFileName)));
        Assert.NotNull(stored);
        var fromFile = EventModel.Load(temp.Path);

        var sentences = LabelledEventSentences.Read(RepoPaths.InRepo("corpus", "events", "train.tsv"));
        Assert.True(sentences.Count > 1000, $"only {sentences.Count} labelled sentences read");
        foreach (var (sentence, _) in sentences)
        {
            var expected = fromZip.Scorer.Probabilities(EventFeatureText.For(sentence));
            Assert.Equal(expected, stored.Probabilities(EventFeatureText.For(sentence)));
            Assert.Equal(fromZip.Classify(sentence), fromFile.Classify(sentence));
            Assert.Equal(fromZip.StrongestWord(sentence, EventTypes.Meeting), fromFile.StrongestWord(sentence, EventTypes.Meeting));
        }
    }

    [Fact]
    public void A_scorer_file_made_from_another_zip_is_not_used_and_a_damaged_one_is_refused()
    {
        using var temp = new TempDirectory();
        var zip = Path.Combine(ModelDirectory, EventModel.ModelFileName);
        var path = Path.Combine(temp.Path, EventScorerFile.FileName);
        File.Copy(Path.Combine(ModelDirectory, EventScorerFile.FileName), path);
        var otherHash = EventScorerFile.HashOf(zip);
        otherHash[0] ^= 1;
        Assert.Null(EventScorerFile.TryRead(path, otherHash));
        Assert.Null(EventScorerFile.TryRead(Path.Combine(temp.Path, "missing.bin"), otherHash));

        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Throws<InvalidDataException>(() => EventScorerFile.TryRead(path, EventScorerFile.HashOf(zip)));
    }
}
