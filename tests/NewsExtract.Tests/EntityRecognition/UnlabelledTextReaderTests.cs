using System.IO.Compression;
using System.Text;
using NewsExtract.Tests.Support;
using NewsExtract.Training.Corpora;

namespace NewsExtract.Tests.EntityRecognition;

public sealed class UnlabelledTextReaderTests
{
    [Fact]
    public void Text_files_and_the_text_field_of_json_files_become_untagged_sentences()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("pages"));
        File.WriteAllText(dir.File("a.txt"), "Harbour cranes arrived in Velmora. They were unloaded on Monday.");
        File.WriteAllText(dir.File("pages/0001.json"), """{"title":"T","main_content":"The ferry to Ostrand sails daily."}""");
        File.WriteAllText(dir.File("pages/0002.json"), """{"text":"A second page."}""");
        File.WriteAllText(dir.File("pages/0003.json"), """{"title":"only a title"}""");
        using (var gz = new GZipStream(File.Create(dir.File("pages/0004.json.gz")), CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes("""{"main_content":"Compressed page text."}"""));
        File.WriteAllText(dir.File("notes.md"), "not read");

        var documents = CorpusSpec.Parse($"text:{dir.Path}").Load(TypeScheme.ByName("newsextract"));

        Assert.Equal(["a.txt", "0001.json", "0002.json", "0004.json.gz"], documents.Select(d => d.Id).ToArray());
        Assert.Equal(2, documents[0].Sentences.Count);
        Assert.Equal("Ostrand", documents[1].Sentences[0].Words[3]);
        Assert.All(documents.SelectMany(d => d.Sentences).SelectMany(s => s.Tags), tag => Assert.Equal("O", tag));
    }

    [Fact]
    public void A_json_file_that_is_not_json_is_a_clear_error()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("bad.json"), "{ not json");
        var error = Assert.Throws<InvalidDataException>(() => UnlabelledTextReader.ReadPath(dir.Path));
        Assert.Contains("bad.json", error.Message);
    }

    [Fact]
    public void The_text_inside_a_ground_truth_object_is_read_as_a_benchmark_lays_it_out()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("0001.json"), """{"url":"u","ground_truth":{"title":"T","main_content":"Barges left Velmora at dawn."}}""");

        var documents = UnlabelledTextReader.ReadPath(dir.Path);

        Assert.Equal("Velmora", Assert.Single(documents).Sentences[0].Words[2]);
    }

    [Fact]
    public void A_folder_that_yields_no_text_is_a_clear_error_not_an_empty_corpus()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("0001.json"), """{"url":"u","page":{"body":"text under a field the reader does not know"}}""");

        var error = Assert.Throws<InvalidDataException>(() => UnlabelledTextReader.ReadPath(dir.Path));
        Assert.Contains("no text read", error.Message);
    }
}
