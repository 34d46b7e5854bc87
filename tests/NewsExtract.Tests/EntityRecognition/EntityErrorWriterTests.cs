using NewsExtract.Training.Evaluation;

namespace NewsExtract.Tests.EntityRecognition;

public sealed class EntityErrorWriterTests
{
    [Fact]
    public void Lists_misses_false_alarms_and_retyped_spans_with_the_gold_sentence()
    {
        var output = new StringWriter();
        var writer = new EntityErrorWriter(output);
        string[] words = ["Talks", "in", "Port", "Vila", "with", "Acme", "Corp", "and", "Ana"];
        writer.Add(words,
            ["O", "O", "B-LOC", "I-LOC", "O", "B-ORG", "I-ORG", "O", "B-PER"],
            ["O", "O", "B-LOC", "O", "O", "B-LOC", "I-LOC", "O", "B-PER"]);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        const string sentence = "Talks in [Port Vila] with [Acme Corp] and [Ana]";
        Assert.Equal(
        [
            $"MISS\tLOC\tPort Vila\t{sentence}",
            $"TYPE\tORG->LOC\tAcme Corp\t{sentence}",
            $"FALSE\tLOC\tPort\t{sentence}",
        ], lines);
    }

    [Fact]
    public void Writes_nothing_for_a_sentence_without_errors_and_ignores_types_not_scored()
    {
        var output = new StringWriter();
        var writer = new EntityErrorWriter(output, new HashSet<string> { "PER" });
        writer.Add(["Ana", "met", "Bo"], ["B-PER", "O", "B-MISC"], ["B-PER", "O", "O"]);
        Assert.Equal("", output.ToString());
    }
}
