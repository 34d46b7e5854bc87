using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace NewsExtract.Worker.Progress;

/// <summary>A progress-bar column showing how many items per second the task is getting through ("42.0 articles/s").</summary>
internal sealed class ItemRateColumn(string unit) : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $"{speed:N1} {unit}/s") : $"– {unit}/s");
}
