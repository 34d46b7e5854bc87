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
        root.Subcommands.Add(new Command("bench", "Measure speed") { BenchHtmlCommand.Create() });
        // temporary parents until EvaluateCommand/TrainCommand land on main; the lead merges
        root.Subcommands.Add(new Command("evaluate", "Measure extraction against gold data") { EvaluateRecordsCommand.Create() });
        root.Subcommands.Add(new Command("train", "Train the project's models") { TrainEventsCommand.Create() });
        root.Subcommands.Add(ReviewCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        return root;
    }
}
