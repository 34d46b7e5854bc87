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
using NewsExtract.Worker.Processing;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract bench pipeline [--data DIR] [--threads N] [--json] [--out FILE]</c>: runs the whole extraction
/// pipeline (every component and the record serialiser, as <c>extract</c> does) over a set of articles — by default
/// the texts in <c>corpus/</c> repeated to 2,000 articles — and prints articles/s, tokens/s (wall-clock, per thread
/// and per CPU-second), each component's share of the time, the pipeline's model load time (and each model's) and peak memory.
/// </summary>
public static class BenchPipelineCommand
{
    private const int DefaultArticles = 2000;
    private const int SampleEvery = 8;

    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "A folder of article files (default: corpus/ repeated to 2,000 articles)" };
        var threads = new Option<int>("--threads") { Description = "Extraction threads (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var output = new Option<FileInfo?>("--out") { Description = "Also write the records (JSON Lines, input order) here, to compare runs" };
        var command = new Command("pipeline", "Measure the speed of the whole extraction pipeline") { data, threads, json, output };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                return await RunAsync(parse.GetValue(data), Math.Max(1, parse.GetValue(threads)), parse.GetValue(json), parse.GetValue(output), ct);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
            {
                Console.Error.WriteLine($"bench pipeline: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(string? data, int threads, bool json, FileInfo? output, CancellationToken ct)
    {
        var (articles, description) = LoadArticles(data);

        var loadCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var load = Stopwatch.StartNew();
        var pipeline = DefaultPipeline.Create(out var modelLoads);
        double loadSeconds = load.Elapsed.TotalSeconds;
        // CPU of every thread of the process while the models load: on a busy machine the wall clock also counts waiting for a core
        double loadCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - loadCpuBefore).TotalSeconds;
        var builder = new RecordBuilder(TimeProvider.System);

        // Warm up (JIT tiers, lexicon caches) on a slice of the set, untimed.
        foreach (var article in articles.Take(Math.Min(articles.Count, 100)))
            RecordSerializer.ToJsonLine(builder.Build(pipeline.Run(article, ct)));

        // Components are timed on every SampleEvery-th article only: reading the thread's CPU clock is a system call,
        // and timing every component of every article would itself cost a noticeable share of the run.
        var timings = pipeline.CreateTimings();
        long tokens = 0, serializeTicks = 0, serializeCpu = 0, started = 0, sampled = 0;
        var lines = output is null ? null : new List<string>(articles.Count);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var gcPauseBefore = GC.GetTotalPauseDuration();
        int gen0Before = GC.CollectionCount(0), gen1Before = GC.CollectionCount(1), gen2Before = GC.CollectionCount(2);
        var wall = Stopwatch.StartNew();
        await foreach (var line in OrderedParallel.SelectAsync(articles, article =>
        {
            bool timed = Interlocked.Increment(ref started) % SampleEvery == 1 % SampleEvery;
            if (!timed)
            {
                var plain = pipeline.Run(article, ct);
                Interlocked.Add(ref tokens, plain.Tokens.Count);
                return RecordSerializer.ToJsonLine(builder.Build(plain));
            }
            Interlocked.Increment(ref sampled);
            var document = pipeline.Run(article, timings, ct);
            long serializeStarted = Stopwatch.GetTimestamp(), cpuStarted = ThreadCpuTime.NowNanoseconds();
            var line = RecordSerializer.ToJsonLine(builder.Build(document));
            Interlocked.Add(ref serializeTicks, Stopwatch.GetTimestamp() - serializeStarted);
            Interlocked.Add(ref serializeCpu, ThreadCpuTime.NowNanoseconds() - cpuStarted);
            Interlocked.Add(ref tokens, document.Tokens.Count);
            return line;
        }, threads, ct))
        {
            lines?.Add(line);
        }
        double seconds = wall.Elapsed.TotalSeconds;
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        long peak = process.PeakWorkingSet64;
        // every collection stops both extraction threads: how many there were and how long the run was paused for them
        double gcPauseSeconds = (GC.GetTotalPauseDuration() - gcPauseBefore).TotalSeconds;
        int gen0 = GC.CollectionCount(0) - gen0Before, gen1 = GC.CollectionCount(1) - gen1Before, gen2 = GC.CollectionCount(2) - gen2Before;

        if (output is not null)
            await File.WriteAllLinesAsync(output.FullName, lines!, new UTF8Encoding(false), ct);

        // Shares are of CPU time where the thread clock exists: on a busy machine wall-clock time also counts waiting for a core.
        var shares = new List<(string Name, double Seconds)>();
        for (int i = 0; i < timings.Names.Count; i++) shares.Add((timings.Names[i], ThreadCpuTime.IsThreadCpu ? timings.CpuSecondsOf(i) : timings.SecondsOf(i)));
        shares.Add(("record", ThreadCpuTime.IsThreadCpu ? serializeCpu / 1e9 : serializeTicks / (double)Stopwatch.Frequency));
        // the sampled articles' times, scaled to the whole set
        double scale = sampled == 0 ? 0 : articles.Count / (double)sampled;
        for (int i = 0; i < shares.Count; i++) shares[i] = (shares[i].Name, shares[i].Seconds * scale);
        double total = shares.Sum(s => s.Seconds);
        string shareKind = ThreadCpuTime.IsThreadCpu ? "CPU" : "wall-clock";
        int usedThreads = Math.Min(threads, Environment.ProcessorCount);
        if (json)
        {
            var components = new JsonObject();
            foreach (var (name, s) in shares) components[name] = Math.Round(s / total, 4);
            Console.Out.WriteLine(new JsonObject
            {
                ["articles"] = articles.Count,
                ["tokens"] = tokens,
                ["threads"] = threads,
                ["seconds"] = Math.Round(seconds, 3),
                ["articlesPerSecond"] = Math.Round(articles.Count / seconds, 1),
                ["tokensPerSecond"] = Math.Round(tokens / seconds),
                ["tokensPerSecondPerThread"] = Math.Round(tokens / seconds / usedThreads),
                ["tokensPerCpuSecond"] = Math.Round(tokens / cpuSeconds),
                ["componentShares"] = components,
                ["componentSharesOf"] = shareKind,
                ["pipelineSeconds"] = Math.Round(total, 3),
                ["componentTimingSample"] = $"1 article in {SampleEvery}",
                ["loadSeconds"] = Math.Round(loadSeconds, 3),
                ["loadCpuSeconds"] = Math.Round(loadCpuSeconds, 3),
                ["modelLoadSeconds"] = ModelLoads(modelLoads),
                ["peakMemoryBytes"] = peak,
                ["gcCollections"] = new JsonObject { ["gen0"] = gen0, ["gen1"] = gen1, ["gen2"] = gen2 },
                ["gcPauseSeconds"] = Math.Round(gcPauseSeconds, 3),
                ["loadAverage"] = LoadAverage.Read(),
            }.ToJsonString());
        }
        else
        {
            var inv = CultureInfo.InvariantCulture;
            Console.Out.WriteLine(string.Create(inv, $"articles: {description}; {articles.Count:N0} articles, {tokens:N0} tokens, {threads} thread(s) on {Environment.ProcessorCount} cores"));
            Console.Out.WriteLine(string.Create(inv, $"wall-clock: {seconds:F2} s, {articles.Count / seconds:N1} articles/s, {tokens / seconds:N0} tokens/s ({tokens / seconds / usedThreads:N0} per thread)"));
            Console.Out.WriteLine(string.Create(inv, $"CPU: {cpuSeconds:F2} s (process), {tokens / cpuSeconds:N0} tokens per CPU-second; pipeline alone {total:F2} s, {tokens / total:N0} tokens per CPU-second"));
            Console.Out.WriteLine($"share of pipeline {shareKind} time per component (timed on 1 article in {SampleEvery}, scaled to the set):");
            foreach (var (name, s) in shares.OrderByDescending(s => s.Seconds))
                Console.Out.WriteLine(string.Create(inv, $"  {name,-22} {100 * s / total,5:F1} %  {s:F2} s"));
            Console.Out.WriteLine(string.Create(inv, $"model load (whole pipeline): {loadSeconds:F3} s wall, {loadCpuSeconds:F3} CPU-s; each model on its thread (they overlap): {string.Join(", ", modelLoads.Select(m => $"{m.Model} {m.Load.TotalSeconds:F3} s"))}"));
            Console.Out.WriteLine(string.Create(inv, $"peak memory: {peak / 1048576.0:F0} MB; garbage collections during the run: {gen0} gen0, {gen1} gen1, {gen2} gen2 (counted in their generation and the younger ones), pausing the threads {gcPauseSeconds:F2} s in all"));
            Console.Out.WriteLine(string.Create(inv, $"machine load average while measuring: {LoadAverage.Read()} (the machine is shared: compare runs made together)"));
        }
        return 0;
    }

    private static (List<Article> Articles, string Description) LoadArticles(string? data)
    {
        if (data is not null) return (BenchArticles.Load(data, "bench pipeline"), $"articles in {data}");
        var texts = BenchArticles.Load(null, "bench pipeline");
        if (texts.Count == 0) throw new FileNotFoundException("No benchmark articles: corpus/ holds no readable article files; pass --data DIR.");
        var repeated = new List<Article>(DefaultArticles);
        for (int i = 0; repeated.Count < DefaultArticles; i++)
            repeated.Add(texts[i % texts.Count] with { Key = $"{i / texts.Count}/{texts[i % texts.Count].Key}" });
        return (repeated, $"corpus/ ({texts.Count} articles) repeated");
    }

    private static JsonObject ModelLoads(IReadOnlyList<(string Model, TimeSpan Load)> loads)
    {
        var json = new JsonObject();
        foreach (var (model, load) in loads) json[model] = Math.Round(load.TotalSeconds, 3);
        return json;
    }
}
