using System.CommandLine;

namespace NewsExtract.Worker.Commands;

/// <summary><c>newsextract train …</c>: trains a model; one subcommand per model kind (<c>ner</c>, …).</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a model from annotated corpora");
        command.Subcommands.Add(TrainNerCommand.Create());
        command.Subcommands.Add(TrainEventsCommand.Create());
        command.Subcommands.Add(TrainEventMergesCommand.Create());
        command.Subcommands.Add(TrainOfficialsCommand.Create());
        command.Subcommands.Add(TrainHtmlBlocksCommand.Create());
        command.Subcommands.Add(TrainHtmlTitlesCommand.Create());
        command.Subcommands.Add(TrainHtmlPageKindsCommand.Create());
        command.Subcommands.Add(TrainRegisterCommand.Create());
        return command;
    }
}
