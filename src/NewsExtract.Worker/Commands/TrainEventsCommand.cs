using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.ML;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;
using NewsExtract.Training.Events;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract train events [--labels FILE] [--data DIR] [--out DIR] [--threshold P]</c>: trains the sentence
/// event classifier on the hand-labelled sentences plus trigger-labelled sentences of the open corpora and writes
/// <c>events.zip</c>, <c>events.config.json</c> and <c>MODEL_CARD.md</c> to the output folder.
/// </summary>
public static class TrainEventsCommand
{
    public static Command Create()
    {
        var labels = new Option<FileInfo>("--labels") { Description = "Hand-labelled sentences (types TAB sentence)", DefaultValueFactory = _ => new FileInfo(Path.Combine("corpus", "events", "train.tsv")) };
        var data = new Option<DirectoryInfo>("--data") { Description = "The shared corpora folder (GMB, MEANTIME, re3d) for weak labels", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "data")) };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("models", "events")) };
        var threshold = new Option<float>("--threshold") { Description = "Probability at which a sentence reports a type", DefaultValueFactory = _ => 0.5f };
        var command = new Command("events", "Train the sentence event classifier") { labels, data, output, threshold };
        command.SetAction((parse, ct) =>
        {
            var labelFile = parse.GetValue(labels)!;
            var dataDir = parse.GetValue(data)!;
            var outDir = parse.GetValue(output)!;
            if (!labelFile.Exists) { Console.Error.WriteLine($"newsextract train events: {labelFile.FullName}: no such file"); return Task.FromResult(2); }
            if (!dataDir.Exists) Console.Error.WriteLine($"newsextract train events: {dataDir.FullName} is missing; training on the hand-labelled sentences only");
            var clock = Stopwatch.StartNew();
            var hand = LabelledEventSentences.Read(labelFile.FullName);
            var open = dataDir.Exists ? OpenCorpusSentences.ReadAll(dataDir.FullName) : [];
            var (rows, counts) = EventTrainingSet.Build(hand, open);
            foreach (var (key, value) in counts) Console.WriteLine($"{key,-20} {value,8}");
            var ml = new MLContext(seed: 1);
            var model = EventModelTrainer.Train(ml, rows);
            outDir.Create();
            var version = "events-sdca-" + DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var config = new EventModelConfig(version, EventTypes.All.ToDictionary(t => t, _ => parse.GetValue(threshold)));
            ml.Model.Save(model, null, Path.Combine(outDir.FullName, EventModel.ModelFileName));
            config.Write(Path.Combine(outDir.FullName, EventModelConfig.FileName));
            File.WriteAllText(Path.Combine(outDir.FullName, "MODEL_CARD.md"), ModelCard(version, counts, rows.Count, config), new UTF8Encoding(false));
            Console.WriteLine($"trained on {rows.Count} sentences in {clock.Elapsed.TotalSeconds:F1} s → {Path.Combine(outDir.FullName, EventModel.ModelFileName)}");
            return Task.FromResult(0);
        });
        return command;
    }

    private static string ModelCard(string version, Dictionary<string, int> counts, int rows, EventModelConfig config) => $"""
        # Event sentence classifier ({version})

        What it does: says which event types (Meeting, Visit, Agreement, Conference, Appointment, Investment, Trade,
        Project, Conflict, Legal) a sentence reports. One SDCA logistic regression per type (one-vs-rest) over word
        unigrams and bigrams of the sentence's feature text (lower-cased words, stems, trigger-type tokens and
        entity-type tokens read off the words: money, percent, date, country, title, name). A type is reported when
        its probability reaches its threshold in `events.config.json` (now {config.Thresholds.Values.First().ToString(CultureInfo.InvariantCulture)} for every type).

        Trained by `newsextract train events` on:
        - {counts["hand"]} sentences written and labelled for this project (`corpus/events/train.tsv`, weight {EventTrainingSet.HandWeight.ToString(CultureInfo.InvariantCulture)});
        - {counts["weakPositive"]} sentences from GMB (Voice of America news; public domain text), MEANTIME (Wikinews,
          CC BY 4.0, FBK / VU Amsterdam / UPV-EHU) and re3d (public domain / OGL / CC BY parts) labelled by the trigger
          lexicon, and {counts["weakNegative"]} of their sentences without any trigger as negatives, of
          {counts["openSentencesRead"]} read. Only text is used, no annotations; none of that text ships: the zip holds
          the featuriser's vocabulary (single words and word pairs) and the weights.
        - {rows} rows in all.

        Measured with `newsextract evaluate records --gold corpus/gold` (events by type) against the trigger list alone
        (`--events triggers`); see the project's report for the numbers. Known limits: sentence-level only, so an
        event stated across two sentences is found in whichever says the type; weak labels teach the trigger words, the
        hand-labelled sentences teach paraphrases.
        """;
}
