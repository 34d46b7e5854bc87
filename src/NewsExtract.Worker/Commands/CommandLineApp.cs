using System.CommandLine;

namespace NewsExtract.Worker.Commands;

/// <summary>The <c>newsextract</c> command line: one verb per file in this folder, composed here.</summary>
public static class CommandLineApp
{
    public static RootCommand Build()
    {
        var root = new RootCommand("NewsExtract: officials, organisations, money and events from news agency articles.");
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(HealthCommand.Create());
        root.Subcommands.Add(ExtractBodiesCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(ReviewCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ServeFeedCommand.Create());
        return root;
    }
}
