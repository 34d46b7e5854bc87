using System.CommandLine;

namespace NewsExtract.Worker.Commands;

/// <summary><c>newsextract bench …</c>: measures speed; one subcommand per component.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure the speed of a component");
        command.Subcommands.Add(BenchHtmlCommand.Create());
        command.Subcommands.Add(BenchNerCommand.Create());
        command.Subcommands.Add(BenchPipelineCommand.Create());
        command.Subcommands.Add(BenchSizesCommand.Create());
        command.Subcommands.Add(BenchClusterCommand.Create());
        return command;
    }
}
