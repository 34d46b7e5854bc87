using System.Text;
using NewsExtract.Worker.Progress;
using Spectre.Console;

namespace NewsExtract.Tests.Progress;

/// <summary>What a command writes to stdout while its progress bar is drawn reaches the terminal as the same whole lines, in order.</summary>
public sealed class LinesAboveProgressTests
{
    [Fact]
    public void Text_written_in_pieces_comes_out_as_the_same_whole_lines_in_order()
    {
        var terminal = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(terminal), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        using (var lines = new LinesAboveProgress(console, Encoding.UTF8))
        {
            lines.Write("fold 1/5: ");
            lines.Write(1200);
            lines.WriteLine(" training rows [held out]");
            lines.Write("| type | F1 |\r\n|---|---|\n");
            lines.Write("no line end");
        }
        Assert.Equal(["fold 1/5: 1200 training rows [held out]", "| type | F1 |", "|---|---|", "no line end"],
            terminal.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r', ' ')));
    }
}
