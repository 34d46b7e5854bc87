using System.CommandLine;

namespace NewsExtract.Worker.Commands;

/// <summary><c>newsextract build …</c>: builds a shipped data resource (from open sources, or a model's fast-loading form); one subcommand per resource.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var command = new Command("build", "Build a shipped data resource from open sources");
        command.Subcommands.Add(BuildGazetteerCommand.Create());
        command.Subcommands.Add(BuildScorersCommand.Create());
        return command;
    }
}
