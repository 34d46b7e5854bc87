using System.CommandLine;

namespace NewsExtract.Worker.Commands;

/// <summary><c>newsextract evaluate …</c>: scores a model against gold data; one subcommand per model kind.</summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var command = new Command("evaluate", "Score a model against annotated data");
        command.Subcommands.Add(EvaluateNerCommand.Create());
        command.Subcommands.Add(EvaluateRecordsCommand.Create());
        command.Subcommands.Add(EvaluateHtmlCommand.Create());
        return command;
    }
}
