using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;
using NewsExtract.Ingestion.Html;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract bench html [--data DIR] [--repeat N] [--json]</c>: single-thread speed of the HTML article
/// extractor over a folder of pages (pages/s and MB/s of extraction only, after a warm-up) and peak memory.
/// </summary>
public static class BenchHtmlCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "Folder of *.html pages (default ../shared/data/aeb/html beside the repository)" };
        var repeat = new Option<int>("--repeat") { Description = "Passes over the pages to time", DefaultValueFactory = _ => 3 };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var rulesOnly = new Option<bool>("--rules-only") { Description = "Without the learned block classifier (to see what it costs)" };
        var command = new Command("html", "Measure HTML article extraction speed on one thread") { data, repeat, json, rulesOnly };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(data), Math.Max(1, parse.GetValue(repeat)), parse.GetValue(json), parse.GetValue(rulesOnly), ct)));
        return command;
    }

    private static int Run(DirectoryInfo? data, int repeat, bool asJson, bool rulesOnly, CancellationToken ct)
    {
        data ??= DefaultDataFolder();
        if (data is null || !data.Exists)
        {
            Console.Error.WriteLine(data is null
                ? "No --data folder given and ../shared/data/aeb/html was not found above the current folder."
                : $"No such folder: {data.FullName}");
            return 2;
        }
        var pages = data.EnumerateFiles("*.html").OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => File.ReadAllText(f.FullName)).ToList();
        if (pages.Count == 0)
        {
            Console.Error.WriteLine($"No *.html pages in {data.FullName}");
            return 2;
        }
        var bytes = pages.Sum(p => (long)System.Text.Encoding.UTF8.GetByteCount(p));
        var extractor = rulesOnly ? new HtmlArticleExtractor(new HtmlExtractionOptions { BlockClassifier = null }) : new HtmlArticleExtractor();
        // Warm-up: two passes, so the timed passes run tier-1 code.
        for (var w = 0; w < 2; w++)
        {
            foreach (var page in pages)
                extractor.Extract(page);
        }
        // One thread means one thread: no background GC thread working alongside the timed loop.
        var latency = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;

        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        long chars = 0;
        for (var r = 0; r < repeat; r++)
        {
            foreach (var page in pages)
            {
                ct.ThrowIfCancellationRequested();
                chars += extractor.Extract(page).Text.Length;
            }
        }
        watch.Stop();
        GCSettings.LatencyMode = latency;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var seconds = watch.Elapsed.TotalSeconds;
        var pagesPerCpuSecond = pages.Count * repeat / cpuSeconds;
        var pagesPerSecond = pages.Count * repeat / seconds;
        var mbPerSecond = bytes * repeat / seconds / 1e6;
        var peakMb = process.PeakWorkingSet64 / 1e6;
        if (asJson)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["pages"] = pages.Count, ["repeat"] = repeat, ["seconds"] = Math.Round(seconds, 3),
                ["pagesPerSecond"] = Math.Round(pagesPerSecond, 1), ["cpuSeconds"] = Math.Round(cpuSeconds, 3),
                ["pagesPerCpuSecond"] = Math.Round(pagesPerCpuSecond, 1), ["mbPerSecond"] = Math.Round(mbPerSecond, 2),
                ["peakWorkingSetMb"] = Math.Round(peakMb, 1), ["textChars"] = chars,
            }));
        }
        else
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pages.Count} pages ({bytes / 1e6:F1} MB) × {repeat} on one thread: {pagesPerSecond:F1} pages/s, {mbPerSecond:F2} MB/s, {seconds:F2} s wall; "
                + $"{pagesPerCpuSecond:F1} pages per CPU second (process CPU time {cpuSeconds:F2} s, what a busy machine does not steal); peak working set {peakMb:F0} MB"));
        }
        return 0;
    }

    private static DirectoryInfo? DefaultDataFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsExtract.sln")))
            {
                var candidate = new DirectoryInfo(Path.Combine(dir.FullName, "..", "shared", "data", "aeb", "html"));
                return candidate.Exists ? candidate : null;
            }
        }
        return null;
    }
}
