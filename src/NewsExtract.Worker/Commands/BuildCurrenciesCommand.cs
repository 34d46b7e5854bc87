using System.CommandLine;
using NewsExtract.Training.Gazetteers;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract build-currencies</c>: writes <c>models/gazetteer/currencies.tsv</c> from the open gazetteers and the
/// curated currency words. Temporary: the coming <c>build gazetteer</c> verb will call the same builder.
/// </summary>
public static class BuildCurrenciesCommand
{
    public static Command Create()
    {
        var gazetteers = new Option<DirectoryInfo>("--gazetteers") { Description = "The open gazetteers folder", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "data", "gazetteers")) };
        var output = new Option<DirectoryInfo>("--out") { Description = "The gazetteer models folder (holds curated/currency-words.tsv)", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("models", "gazetteer")) };
        var command = new Command("build-currencies", "Build the currency table (models/gazetteer/currencies.tsv)") { gazetteers, output };
        command.SetAction(parse =>
        {
            var outDir = parse.GetValue(output)!.FullName;
            int count = CurrencyTableBuilder.Build(parse.GetValue(gazetteers)!.FullName, outDir);
            Console.WriteLine($"{count} currencies written to {Path.Combine(outDir, CurrencyTableBuilder.TableFileName)}");
            return 0;
        });
        return command;
    }
}
