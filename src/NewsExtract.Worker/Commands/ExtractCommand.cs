using System.CommandLine;

namespace NewsExtract.Worker.Commands;

/// <summary><c>newsextract extract PATH… [--out FILE]</c>: one record per article file, to a file or stdout.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Arity = ArgumentArity.OneOrMore, Description = "Article files (.txt, .json, .html) or folders" };
        var output = new Option<FileInfo?>("--out") { Description = "Write JSON Lines here (atomically) instead of stdout" };
        var command = new Command("extract", "Extract records from article files") { paths, output };
        command.SetAction((parse, ct) =>
        {
            Console.Out.WriteLine(string.Join(",", parse.GetValue(paths) ?? []));
            return Task.FromResult(0);
        });
        return command;
    }
}
