using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using NewsExtract.Core.Articles;
using NewsExtract.Core.Pipeline;
using NewsExtract.Core.Records;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Records;
using NewsExtract.Worker.Benchmarks;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract bench sizes [--sizes 256K,1M,4M] [--data DIR] [--json]</c>: how the whole extraction's time and
/// memory grow with one article's length. For each size, one article made at run time by joining the texts of
/// <c>corpus/</c> (or <c>--data</c>) with paragraph breaks until it is that many characters long, extracted once
/// (every component and the record, without <c>extract</c>'s <c>--max-chars</c> cut, which is what is measured here)
/// on one thread: wall-clock and CPU seconds, the time per 1,000 characters, the peak working set while that size
/// ran (<see cref="WorkingSetSampler"/>) and the slowest components. Sizes run smallest first after a warm-up run.
/// </summary>
public static class BenchSizesCommand
{
    public static Command Create()
    {
        var sizes = new Option<string>("--sizes") { Description = "Article lengths in characters, comma-separated (K = 1,024, M = 1,048,576)", DefaultValueFactory = _ => "256K,1M,4M" };
        var data = new Option<string?>("--data") { Description = "A folder of article files whose texts are joined (default: corpus/)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var command = new Command("sizes", "Measure how extraction time and memory grow with an article's length") { sizes, data, json };
        command.SetAction((parse, ct) =>
        {
            List<int> lengths;
            try
            {
                lengths = ParseSizes(parse.GetValue(sizes)!);
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"bench sizes: --sizes: {e.Message}");
                return Task.FromResult(2);
            }
            try
            {
                return Task.FromResult(Run(lengths, parse.GetValue(data), parse.GetValue(json), ct));
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
            {
                Console.Error.WriteLine($"bench sizes: {e.Message}");
                return Task.FromResult(2);
            }
        });
        return command;
    }

    /// <summary>"256K,1M,4000" → [262144, 1048576, 4000], smallest first.</summary>
    public static List<int> ParseSizes(string text)
    {
        var lengths = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            long unit = char.ToUpperInvariant(part[^1]) switch { 'K' => 1024, 'M' => 1024 * 1024, _ => 1 };
            var digits = unit == 1 ? part : part[..^1];
            if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n * unit > Array.MaxLength / 2)
                throw new FormatException($"'{part}' is not a length such as 4000, 256K or 4M.");
            lengths.Add((int)(n * unit));
        }
        if (lengths.Count == 0) throw new FormatException("no size given.");
        lengths.Sort();
        return lengths;
    }

    private static int Run(List<int> lengths, string? data, bool json, CancellationToken ct)
    {
        var texts = BenchArticles.Load(data, "bench sizes").Select(a => a.Text).Where(t => t.Length > 0).ToList();
        if (texts.Count == 0) throw new InvalidDataException("the articles hold no text.");
        var pipeline = DefaultPipeline.Create();
        var builder = new RecordBuilder(TimeProvider.System);
        // warm-up: every component compiled on a corpus-sized text before anything is timed
        RecordSerializer.ToJsonLine(builder.Build(pipeline.Run(Article(Join(texts, 20_000)), ct)));

        var rows = new List<(int Chars, double Seconds, double CpuSeconds, long PeakBytes, List<(string Name, double Cpu)> Components)>();
        foreach (var length in lengths)
        {
            var article = Article(Join(texts, length));
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var timings = pipeline.CreateTimings();
            using var sampler = WorkingSetSampler.Start();
            long cpuStarted = ThreadCpuTime.NowNanoseconds();
            var wall = Stopwatch.StartNew();
            var document = pipeline.Run(article, timings, ct);
            long recordCpuStarted = ThreadCpuTime.NowNanoseconds();
            RecordSerializer.ToJsonLine(builder.Build(document));
            double recordCpu = (ThreadCpuTime.NowNanoseconds() - recordCpuStarted) / 1e9;
            double seconds = wall.Elapsed.TotalSeconds;
            double cpu = (ThreadCpuTime.NowNanoseconds() - cpuStarted) / 1e9;
            long peak = sampler.Stop();
            var components = Enumerable.Range(0, timings.Names.Count).Select(i => (timings.Names[i], timings.CpuSecondsOf(i)))
                .Append(("record", recordCpu)).OrderByDescending(c => c.Item2).ToList();
            rows.Add((length, seconds, cpu, peak, components));
            if (!json) Print(rows[^1].Chars, seconds, cpu, peak, components);
        }

        if (json)
        {
            var array = new JsonArray();
            foreach (var (chars, seconds, cpu, peak, components) in rows)
            {
                var parts = new JsonObject();
                foreach (var (name, c) in components) parts[name] = Math.Round(c, 3);
                array.Add(new JsonObject
                {
                    ["chars"] = chars,
                    ["seconds"] = Math.Round(seconds, 3),
                    ["cpuSeconds"] = Math.Round(cpu, 3),
                    ["peakWorkingSetBytes"] = peak,
                    ["componentCpuSeconds"] = parts,
                });
            }
            Console.Out.WriteLine(new JsonObject { ["sizes"] = array, ["loadAverage"] = LoadAverage.Read() }.ToJsonString());
            return 0;
        }
        for (int i = 1; i < rows.Count; i++)
        {
            var inv = CultureInfo.InvariantCulture;
            double growth = rows[i].Chars / (double)rows[i - 1].Chars;
            Console.Out.WriteLine(string.Create(inv, $"{rows[i - 1].Chars:N0} → {rows[i].Chars:N0} chars ({growth:F1}× longer): {rows[i].Seconds / rows[i - 1].Seconds:F1}× the wall-clock time, {rows[i].CpuSeconds / rows[i - 1].CpuSeconds:F1}× the CPU"));
        }
        Console.Out.WriteLine($"machine load average while measuring: {LoadAverage.Read()} (the machine is shared: CPU seconds hold better than wall-clock)");
        return 0;
    }

    private static void Print(int chars, double seconds, double cpu, long peak, List<(string Name, double Cpu)> components)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(inv,
            $"{chars,12:N0} chars: {seconds,7:F2} s wall, {cpu,7:F2} CPU-s ({1000 * cpu / (chars / 1000.0),6:F2} ms per 1,000 chars), peak working set {peak / 1048576.0:F0} MB; slowest: {string.Join(", ", components.Take(4).Select(c => $"{c.Name} {c.Cpu:F2} s"))}"));
    }

    /// <summary>The texts joined with paragraph breaks, repeated as needed and cut to <paramref name="length"/> characters.</summary>
    public static string Join(IReadOnlyList<string> texts, int length)
    {
        var sb = new StringBuilder(length + 16);
        for (int i = 0; sb.Length < length; i++)
        {
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(texts[i % texts.Count]);
        }
        sb.Length = length;
        // never end on half a surrogate pair
        if (char.IsHighSurrogate(sb[^1])) sb.Length--;
        return sb.ToString();
    }

    private static Article Article(string text) =>
        new() { Key = "bench-sizes", Text = text, Title = "Benchmark article", Source = new ArticleSource("bench", null, null), PublishedAt = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero) };
}
