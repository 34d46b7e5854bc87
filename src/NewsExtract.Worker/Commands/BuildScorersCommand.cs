using System.CommandLine;
using NewsExtract.Extraction.Events;
using NewsExtract.Extraction.Officials;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract build scorers [--events DIR] [--officials DIR]</c>: stores the weights of the event model and of the
/// officials classifiers beside their zips (<see cref="EventScorerFile"/>, <see cref="OfficialsScorerFile"/>), read out of
/// the zips through ML.NET and checked against ML.NET's own scores, so the models load without ML.NET. <c>train events</c>
/// and <c>train officials</c> write these files themselves; this rebuilds them for models trained before.
/// </summary>
public static class BuildScorersCommand
{
    public static Command Create()
    {
        var events = new Option<DirectoryInfo>("--events") { Description = "The event model folder (holding events.zip)", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("models", "events")) };
        var officials = new Option<DirectoryInfo>("--officials") { Description = "The officials model folder (holding link.zip and country.zip)", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("models", OfficialsModel.DefaultFolder)) };
        var command = new Command("scorers", "Store the event and officials models' weights beside their zips so they load without ML.NET") { events, officials };
        command.SetAction(parse =>
        {
            try
            {
                foreach (var path in new[] { EventScorerFile.WriteFromZip(parse.GetValue(events)!.FullName), OfficialsScorerFile.WriteFromZips(parse.GetValue(officials)!.FullName) })
                    Console.WriteLine($"{path} ({new FileInfo(path).Length / 1024.0:F0} KiB)");
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"newsextract build scorers: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
