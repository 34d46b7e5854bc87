using System.CommandLine;
using NewsExtract.Training.Gazetteers;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract build gazetteer [--from DIR] [--out DIR]</c>: builds the world gazetteer (countries, places,
/// international organisations, office titles) from the shared open sources into <c>models/gazetteer</c>, with its card.
/// </summary>
public static class BuildGazetteerCommand
{
    public static Command Create()
    {
        var from = new Option<DirectoryInfo>("--from") { Description = "The open sources (the shared gazetteers folder)", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "data", "gazetteers")) };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write the gazetteer", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("models", "gazetteer")) };
        var command = new Command("gazetteer", "Build the world gazetteer from GeoNames, the countries lists, the leaders directories and the international organisations list") { from, output };
        command.SetAction(parse =>
        {
            var source = parse.GetValue(from)!;
            var target = parse.GetValue(output)!;
            if (!source.Exists)
            {
                Console.Error.WriteLine($"newsextract build gazetteer: {source.FullName}: no such folder (the shared gazetteers are needed to build; the built gazetteer ships in models/gazetteer)");
                return 2;
            }
            try
            {
                var result = GazetteerBuilder.Build(source.FullName, target.FullName, DateTimeOffset.UtcNow, m => Console.Error.WriteLine($"newsextract build gazetteer: {m}"));
                Console.WriteLine($"{result.Countries} countries, {result.Cities} cities, {result.Regions} regions ({result.PlaceNames} place names), " +
                    $"{result.Organisations} organisations, {result.Titles} titles; {result.Bytes / 1024.0 / 1024.0:F1} MB in {target.FullName}");
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException or YamlDotNet.Core.YamlException)
            {
                Console.Error.WriteLine($"newsextract build gazetteer: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
