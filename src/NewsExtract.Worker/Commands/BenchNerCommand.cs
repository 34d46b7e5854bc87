using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Extraction.Text;
using NewsExtract.Ingestion.Files;
using NewsExtract.Training.Corpora;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract bench ner [--model MODEL.zip] [--data FORMAT:PATH] [--threads N] [--json]</c>: tags a text of at
/// least 200,000 tokens (default: the articles in <c>corpus/</c>, repeated; without them the GMB text in
/// ../shared/data) and prints tokens per second with tokenization excluded and included, model load time and peak
/// memory.
/// </summary>
public static class BenchNerCommand
{
    private const int MinimumTokens = 200_000;

    public static Command Create()
    {
        var model = new Option<FileInfo?>("--model") { Description = "Model zip (default: the shipped models/ner model)" };
        var data = new Option<string?>("--data") { Description = "Text to tag: an annotated corpus FORMAT:PATH (only its words are used) or a folder of articles" };
        var threads = new Option<int>("--threads") { Description = "Tagging threads", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var command = new Command("ner", "Measure named-entity tagging speed") { model, data, threads, json };
        command.SetAction((parse, ct) =>
        {
            try
            {
                return Task.FromResult(Run(parse.GetValue(model), parse.GetValue(data), Math.Max(1, parse.GetValue(threads)), parse.GetValue(json)));
            }
            catch (Exception e) when (e is FormatException or FileNotFoundException or InvalidDataException or ArgumentException or DirectoryNotFoundException)
            {
                Console.Error.WriteLine($"bench ner: {e.Message}");
                return Task.FromResult(2);
            }
        });
        return command;
    }

    private static int Run(FileInfo? modelFile, string? data, int threads, bool json)
    {
        string path = modelFile?.FullName ?? NerModel.FindDefault()
            ?? throw new FileNotFoundException($"No --model given and no shipped models/ner/{NerModel.DefaultFileName} found.");

        var (texts, description) = LoadTexts(data);
        var articles = new List<Article>();
        long tokenCount = 0;
        while (tokenCount < MinimumTokens)
        {
            foreach (var text in texts)
            {
                articles.Add(new Article { Key = $"bench/{articles.Count}", Text = text, Source = new ArticleSource("bench", null, null) });
            }
            long before = tokenCount;
            foreach (var a in articles.Skip(articles.Count - texts.Count)) tokenCount += CountTokens(a.Text);
            if (tokenCount == before) throw new InvalidDataException("The benchmark text has no tokens.");
        }

        var load = Stopwatch.StartNew();
        var recognizer = new EntityRecognizer(NerModel.Load(path));
        double loadSeconds = load.Elapsed.TotalSeconds;
        var gazetteerLoad = Stopwatch.StartNew();
        var gazetteer = WorldGazetteer.Load(WorldGazetteer.FindDefault() ?? throw new DirectoryNotFoundException("No models/gazetteer found."));
        double gazetteerSeconds = gazetteerLoad.Elapsed.TotalSeconds;
        var gazetteerCpu = gazetteer.LoadTime;

        // Warm up (JIT tiers, buffers) with one untimed pass over the whole text, then measure.
        foreach (var a in articles)
        {
            recognizer.Process(Tokenized(a));
        }

        var documents = articles.Select(Tokenized).ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        Parallel.ForEach(documents, options, d => recognizer.Process(d));
        double tagSeconds = sw.Elapsed.TotalSeconds;
        process.Refresh();
        double tagCpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        long tokens = documents.Sum(d => (long)d.Tokens.Count);
        long entities = documents.Sum(d => (long)d.EntitySpans.Count);
        documents.Clear();

        process.Refresh();
        cpuBefore = process.TotalProcessorTime;
        sw.Restart();
        Parallel.ForEach(articles, options, a => recognizer.Process(Tokenized(a)));
        double bothSeconds = sw.Elapsed.TotalSeconds;
        process.Refresh();
        double bothCpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;

        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        double perSecond = tokens / tagSeconds, withTokenizer = tokens / bothSeconds;
        if (json)
        {
            var o = new JsonObject
            {
                ["tokensPerSecond"] = Math.Round(perSecond),
                ["tokensPerSecondWithTokenizer"] = Math.Round(withTokenizer),
                ["loadSeconds"] = Math.Round(loadSeconds, 3),
                ["gazetteerLoadSeconds"] = Math.Round(gazetteerSeconds, 3),
                ["peakMemoryBytes"] = peak,
                ["tokensPerCpuSecond"] = Math.Round(tokens / tagCpuSeconds),
                ["tokensPerCpuSecondWithTokenizer"] = Math.Round(tokens / bothCpuSeconds),
                ["loadAverage"] = LoadAverage(),
            };
            Console.Out.WriteLine(o.ToJsonString());
        }
        else
        {
            var inv = CultureInfo.InvariantCulture;
            Console.Out.WriteLine(string.Create(inv, $"text: {description}; {articles.Count:N0} documents, {tokens:N0} tokens, {entities:N0} entities found"));
            Console.Out.WriteLine(string.Create(inv, $"model: {path} ({recognizer.Model.Info.Version}), {threads} thread(s)"));
            Console.Out.WriteLine(string.Create(inv, $"tokens/s (tokenization excluded): {perSecond:N0} wall-clock, {tokens / tagCpuSeconds:N0} per CPU-second"));
            Console.Out.WriteLine(string.Create(inv, $"tokens/s (tokenization included): {withTokenizer:N0} wall-clock, {tokens / bothCpuSeconds:N0} per CPU-second"));
            Console.Out.WriteLine(string.Create(inv, $"machine load average while measuring: {LoadAverage()} ({Environment.ProcessorCount} cores; the CPU-second rates are the fair ones on a busy machine)"));
            Console.Out.WriteLine(string.Create(inv, $"model load: {loadSeconds:F3} s"));
            Console.Out.WriteLine(string.Create(inv, $"world gazetteer load: {gazetteerSeconds:F3} s ({gazetteer.Places.Count:N0} places, {gazetteer.Countries.Count} countries; reading and indexing {gazetteerCpu.TotalSeconds:F3} s)"));
            Console.Out.WriteLine(string.Create(inv, $"peak memory: {peak / 1048576.0:F0} MB"));
        }
        return 0;
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "n/a"; }
        catch (UnauthorizedAccessException) { return "n/a"; }
    }

    private static Document Tokenized(Article article)
    {
        var document = new Document(article);
        Tokenizer.Tokenize(article.Text, document.Tokens);
        SentenceSplitter.Split(article.Text, document.Tokens, document.Sentences);
        return document;
    }

    private static int CountTokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        return tokens.Count;
    }

    private static (List<string> Texts, string Description) LoadTexts(string? data)
    {
        if (data is not null)
        {
            if (Directory.Exists(data)) return (ReadArticles(data), $"articles in {data}");
            var spec = CorpusSpec.Parse(data);
            return (spec.Load(TypeScheme.NewsExtract).Select(d => AnnotatedDocumentText.Build(d).Text).ToList(), $"words of {spec}");
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "NewsExtract.sln"))) continue;
            string corpus = Path.Combine(dir.FullName, "corpus");
            var texts = Directory.Exists(corpus) ? ReadArticles(corpus) : [];
            if (texts.Count > 0) return (texts, $"corpus/ ({texts.Count} articles) repeated");
            string gmb = Path.Combine(dir.FullName, "..", "shared", "data", "gmb", "ner_dataset.csv");
            if (File.Exists(gmb))
            {
                var docs = GmbCsvReader.ReadFile(gmb, _ => null);
                return (docs.Select(d => AnnotatedDocumentText.Build(d).Text).ToList(), "corpus/ is empty: the words of ../shared/data/gmb (VOA news) instead");
            }
            break;
        }
        throw new FileNotFoundException("No benchmark text: corpus/ is empty and ../shared/data/gmb is missing; pass --data.");
    }

    private static List<string> ReadArticles(string folder)
    {
        var reader = new ArticleFileReader("bench");
        var texts = new List<string>();
        foreach (var file in ArticleFileFinder.Find([folder]))
        {
            try { texts.Add(reader.Read(file).Text); }
            catch (ArticleReadException e) { Console.Error.WriteLine($"bench ner: skipped {e.Message}"); }
        }
        return texts;
    }
}
