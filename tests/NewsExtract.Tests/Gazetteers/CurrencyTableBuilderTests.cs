using NewsExtract.Extraction.Numbers.Money;
using NewsExtract.Tests.Support;
using NewsExtract.Training.Gazetteers;

namespace NewsExtract.Tests.Gazetteers;

public sealed class CurrencyTableBuilderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newsextract-currencies-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
            Directory.Delete(_dir, recursive: true);
    }

    private string BuildFromShared()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "curated"));
        File.Copy(RepoPaths.InRepo("models", "gazetteer", "curated", CurrencyTableBuilder.CuratedFileName),
            Path.Combine(_dir, "curated", CurrencyTableBuilder.CuratedFileName));
        CurrencyTableBuilder.Build(Path.Combine(RepoPaths.SharedData, "gazetteers"), _dir);
        return Path.Combine(_dir, CurrencyTableBuilder.TableFileName);
    }

    [SharedDataFact]
    public void TheCommittedTableIsWhatTheBuilderWritesFromTheGazetteers()
    {
        var built = File.ReadAllText(BuildFromShared());
        var committed = File.ReadAllText(RepoPaths.InRepo("models", "gazetteer", CurrencyTableBuilder.TableFileName));
        Assert.True(built == committed, "models/gazetteer/currencies.tsv is stale: run `newsextract build gazetteer`.");
    }

    [SharedDataFact]
    public void TheTableJoinsSourceNamesWithCuratedSymbolsAndCountries()
    {
        using var reader = new StreamReader(BuildFromShared());
        var table = CurrencyTableFile.Read(reader, "built").ToDictionary(e => e.Code);
        Assert.Contains("R", table["ZAR"].Symbols);            // curated
        Assert.Contains("rand", table["ZAR"].Names);           // from the sources' name
        Assert.Contains("ZA", table["ZAR"].Countries);
        Assert.Contains("$", table["USD"].FixedFor);
        Assert.DoesNotContain("kr", table["SEK"].Symbols);      // ignored as ambiguous
        Assert.False(table["ALL"].ReadCode);                    // an English word
        Assert.Contains("HRK", table.Keys);                     // a curated currency the sources no longer list
    }

    [Fact]
    public void AMissingGazetteerIsAClearError()
    {
        var error = Assert.Throws<FileNotFoundException>(() => CurrencyTableBuilder.Build(Path.Combine(_dir, "nowhere"), _dir));
        Assert.Contains("countryInfo.tsv", error.Message);
    }

    [Fact]
    public void TheTableFileRoundTrips()
    {
        var entry = new CurrencyEntry("XYZ", "Test crown", ["crown", "crowns"], ["X$"], [], ["XYY"], true, ["XX"], ["Testland"], [], ["crown"]);
        var writer = new StringWriter();
        CurrencyTableFile.Write(writer, [entry]);
        var read = Assert.Single(CurrencyTableFile.Read(new StringReader(writer.ToString()), "memory"));
        Assert.Equal(entry.Code, read.Code);
        Assert.Equal(entry.Names, read.Names);
        Assert.Equal(entry.DefaultFor, read.DefaultFor);
        Assert.Equal(entry.Aliases, read.Aliases);
    }
}
