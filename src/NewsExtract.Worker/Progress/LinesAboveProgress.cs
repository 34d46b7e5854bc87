using System.Text;
using Spectre.Console;

namespace NewsExtract.Worker.Progress;

/// <summary>
/// Stands in for <see cref="Console.Out"/> while a progress bar is drawn on the same terminal: it gathers what is
/// written into whole lines and writes each through the bar's console, which prints it above the bar and draws the bar
/// again below, so the command's lines neither break the bar nor are drawn over. Thread-safe.
/// </summary>
public sealed class LinesAboveProgress(IAnsiConsole console, Encoding encoding) : TextWriter
{
    private readonly StringBuilder _line = new();
    private readonly Lock _lock = new();

    public override Encoding Encoding => encoding;

    public override void Write(char value)
    {
        lock (_lock)
        {
            if (value == '\n') Emit();
            else if (value != '\r') _line.Append(value);
        }
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        lock (_lock)
        {
            foreach (char c in value)
            {
                if (c == '\n') Emit();
                else if (c != '\r') _line.Append(c);
            }
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        lock (_lock)
        {
            Write(value);
            Emit();
        }
    }

    /// <summary>A line left without its end is written as it is.</summary>
    public override void Flush()
    {
        lock (_lock)
        {
            if (_line.Length > 0) Emit();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Flush();
        base.Dispose(disposing);
    }

    private void Emit()
    {
        console.Write(new Text(_line.ToString() + "\n"));
        _line.Clear();
    }
}
