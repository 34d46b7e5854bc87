using System.CommandLine;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract build event-scorer [--model DIR]</c>: stores the event model's weights beside its zip
/// (<see cref="EventScorerFile"/>), read out of the zip through ML.NET and checked against ML.NET's own scores, so the
/// model loads without ML.NET. <c>train events</c> writes the file itself; this rebuilds it for a model trained before.
/// </summary>
public static class BuildEventScorerCommand
{
    public static Command Create()
    {
        var model = new Option<DirectoryInfo>("--model") { Description = "The event model folder (holding events.zip)", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("models", "events")) };
        var command = new Command("event-scorer", "Store the event model's weights beside its zip so it loads without ML.NET") { model };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(model)!;
            try
            {
                var path = EventScorerFile.WriteFromZip(directory.FullName);
                Console.WriteLine($"{path} ({new FileInfo(path).Length / 1024} KiB)");
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"newsextract build event-scorer: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
