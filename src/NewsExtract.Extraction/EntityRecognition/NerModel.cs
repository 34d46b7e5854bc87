using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// A trained named-entity model: slot-major linear weights over hashed features, the tag set, the gazetteer and
/// word clusters its features use, and its description. Saved as a zip (<c>model.json</c>, <c>weights.bin</c>,
/// <c>gazetteer.tsv</c>, <c>clusters.tsv</c>) holding weights as half-precision rows with near-zero rows pruned.
/// </summary>
public sealed class NerModel
{
    public const int CurrentFormatVersion = 1;

    /// <summary>The shipped default model's file name under <c>models/ner/</c>.</summary>
    public const string DefaultFileName = "newsextract-ner.zip";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static ReadOnlySpan<byte> Magic => "NXNERW1\n"u8;

    public NerModel(NerModelInfo info, float[] weights, float[] biases, Gazetteer gazetteer, WordClusters? clusters)
        : this(info, new AlignedWeightRows(weights, 1 + 2 * info.Types.Count), biases, gazetteer, clusters)
    {
    }

    /// <param name="weights">Slot-major weights, 2^HashBits rows of one weight per tag (see <see cref="AlignedWeightRows"/>).</param>
    private NerModel(NerModelInfo info, AlignedWeightRows weights, float[] biases, Gazetteer gazetteer, WordClusters? clusters)
    {
        if (info.Transitions is { } transitions && (transitions.Count != 2 + 2 * info.Types.Count || transitions.Any(row => row.Length != 1 + 2 * info.Types.Count)))
            throw new ArgumentException($"Transitions must be {2 + 2 * info.Types.Count} rows of {1 + 2 * info.Types.Count} values (start row, then one per tag).", nameof(info));
        Info = info;
        Labels = new NerLabelSet(info.Types);
        if (biases.Length != Labels.Count)
            throw new ArgumentException($"The model has {Labels.Count} tags but {biases.Length} biases.", nameof(biases));
        if (weights.SlotCount != 1 << info.Features.HashBits || weights.TagCount != Labels.Count)
            throw new ArgumentException("Weights must hold 2^HashBits rows of one weight per tag.", nameof(weights));
        Biases = biases;
        ScoringRows = weights;
        Gazetteer = gazetteer;
        Clusters = clusters;
    }

    public NerModelInfo Info { get; }
    public NerLabelSet Labels { get; }
    public NerFeatureConfig Features => Info.Features;

    public float[] Biases { get; }

    /// <summary>The weights laid out for scoring, shared by every tagger of this model.</summary>
    public AlignedWeightRows ScoringRows { get; }
    public Gazetteer Gazetteer { get; }
    public WordClusters? Clusters { get; }

    /// <summary>
    /// This model decoding with another transition weight (the same weights, shared): for measuring the weight on
    /// held-out data without retraining.
    /// </summary>
    public NerModel WithTransitionWeight(float weight) =>
        Info.Transitions is null && weight != 0
            ? throw new InvalidOperationException($"The model {Info.Version} has no transitions to weight.")
            : new NerModel(this, Info with { TransitionWeight = weight });

    private NerModel(NerModel other, NerModelInfo info)
    {
        Info = info;
        Labels = other.Labels;
        Biases = other.Biases;
        ScoringRows = other.ScoringRows;
        Gazetteer = other.Gazetteer;
        Clusters = other.Clusters;
    }

    /// <summary>The decoder's transition scores, already weighted, or null when the model decodes without them.</summary>
    public float[]? WeightedTransitions() =>
        Info.Transitions is { } rows && Info.TransitionWeight != 0
            ? rows.SelectMany(row => row.Select(v => v * Info.TransitionWeight)).ToArray()
            : null;

    /// <summary>Saves the model, dropping weight rows whose largest magnitude is below <paramref name="pruneThreshold"/>.</summary>
    public void Save(string path, float pruneThreshold = 0f)
    {
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        string temp = path + ".tmp";
        using (var stream = File.Create(temp))
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            var info = Info with { PruneThreshold = pruneThreshold };
            using (var s = zip.CreateEntry("model.json", CompressionLevel.Optimal).Open())
                JsonSerializer.Serialize(s, info, JsonOptions);
            using (var s = zip.CreateEntry("weights.bin", CompressionLevel.Optimal).Open())
                WriteWeights(s, pruneThreshold);
            using (var w = new StreamWriter(zip.CreateEntry("gazetteer.tsv", CompressionLevel.Optimal).Open(), new UTF8Encoding(false)))
                Gazetteer.Write(w);
            if (Clusters is not null)
            {
                using var w = new StreamWriter(zip.CreateEntry("clusters.tsv", CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                Clusters.Write(w);
            }
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>; a clear error when the file is missing or not a model.</summary>
    public static NerModel Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"No NER model at {path}.", path);
        try
        {
            // The phrase lists and clusters are text to parse and the weights a large binary to inflate: each is read
            // from its own handle on the zip, the text on a second thread, so loading takes about as long as the longer.
            var lists = Task.Run(() => ReadLists(path));
            using var zip = ZipFile.OpenRead(path);
            var infoEntry = zip.GetEntry("model.json") ?? throw new InvalidDataException("model.json is missing.");
            NerModelInfo info;
            using (var s = infoEntry.Open())
                info = JsonSerializer.Deserialize<NerModelInfo>(s, JsonOptions) ?? throw new InvalidDataException("model.json is empty.");
            if (info.FormatVersion != CurrentFormatVersion)
                throw new InvalidDataException($"Model format {info.FormatVersion} is not supported (expected {CurrentFormatVersion}).");
            int k = 1 + 2 * info.Types.Count;
            var weightsEntry = zip.GetEntry("weights.bin") ?? throw new InvalidDataException("weights.bin is missing.");
            var (weights, biases) = ReadWeights(ReadAll(weightsEntry), info.Features.HashBits, k);
            var (gazetteer, clusters) = lists.GetAwaiter().GetResult();
            return new NerModel(info, weights, biases, gazetteer, clusters);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or EndOfStreamException or FormatException)
        {
            throw new InvalidDataException($"{path} is not a readable NER model: {e.Message}", e);
        }
    }

    private static (Gazetteer Gazetteer, WordClusters? Clusters) ReadLists(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        Gazetteer gazetteer;
        var gazEntry = zip.GetEntry("gazetteer.tsv");
        if (gazEntry is null) gazetteer = new Gazetteer();
        else
        {
            using var r = new StreamReader(gazEntry.Open(), Encoding.UTF8);
            gazetteer = Gazetteer.Read(r);
        }
        WordClusters? clusters = null;
        if (zip.GetEntry("clusters.tsv") is { } clusterEntry)
        {
            using var r = new StreamReader(clusterEntry.Open(), Encoding.UTF8);
            clusters = WordClusters.Read(r);
        }
        return (gazetteer, clusters);
    }

    /// <summary>An entry's whole content, inflated in one go.</summary>
    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        if (entry.Length > Array.MaxLength) throw new InvalidDataException($"{entry.FullName} is too large.");
        var bytes = new byte[entry.Length];
        using var s = entry.Open();
        s.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// The shipped default model: <c>models/ner/newsextract-ner.zip</c> beside the executable, or in the nearest
    /// folder above it (a source checkout). Null when there is none.
    /// </summary>
    public static string? FindDefault()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "models", "ner", DefaultFileName);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private void WriteWeights(Stream stream, float pruneThreshold)
    {
        int k = Labels.Count;
        int slots = 1 << Features.HashBits;
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Features.HashBits);
        w.Write(k);
        foreach (float b in Biases) w.Write(b);
        int kept = 0;
        for (int slot = 0; slot < slots; slot++)
            if (RowMax(slot, k) > pruneThreshold) kept++;
        w.Write(kept);
        int previous = -1;
        for (int slot = 0; slot < slots; slot++)
        {
            if (RowMax(slot, k) <= pruneThreshold) continue;
            w.Write7BitEncodedInt(slot - previous);
            previous = slot;
            var row = ScoringRows.Row(slot);
            for (int c = 0; c < k; c++) w.Write((Half)row[c]);
        }
    }

    private float RowMax(int slot, int k)
    {
        float max = 0;
        var row = ScoringRows.Row(slot);
        for (int c = 0; c < k; c++) max = Math.Max(max, Math.Abs(row[c]));
        return max;
    }

    private static (AlignedWeightRows Weights, float[] Biases) ReadWeights(ReadOnlySpan<byte> bytes, int hashBits, int k)
    {
        if (bytes.Length < Magic.Length + 8 + 4 * k + 4 || !bytes[..Magic.Length].SequenceEqual(Magic)) throw new InvalidDataException("weights.bin has the wrong header.");
        int at = Magic.Length;
        if (BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]) != hashBits || BinaryPrimitives.ReadInt32LittleEndian(bytes[(at + 4)..]) != k)
            throw new InvalidDataException("weights.bin does not match model.json (hash bits or tag count).");
        at += 8;
        var biases = new float[k];
        for (int c = 0; c < k; c++, at += 4) biases[c] = BinaryPrimitives.ReadSingleLittleEndian(bytes[at..]);
        var weights = new AlignedWeightRows(1 << hashBits, k);
        int rows = BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]);
        at += 4;
        int slot = -1;
        for (int i = 0; i < rows; i++)
        {
            // the gap to the previous kept row, 7-bit encoded as BinaryWriter.Write7BitEncodedInt writes it
            int gap = 0, shift = 0;
            byte b;
            do
            {
                if (shift > 28 || at >= bytes.Length) throw new EndOfStreamException("weights.bin ends inside a row.");
                b = bytes[at++];
                gap |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            slot += gap;
            if ((uint)slot >= (uint)(1 << hashBits)) throw new InvalidDataException("weights.bin has a slot out of range.");
            if (at + 2 * k > bytes.Length) throw new EndOfStreamException("weights.bin ends inside a row.");
            var row = weights.WritableRow(slot);
            for (int c = 0; c < k; c++, at += 2) row[c] = (float)BinaryPrimitives.ReadHalfLittleEndian(bytes[at..]);
        }
        if (at != bytes.Length) throw new InvalidDataException("weights.bin has data past its last row.");
        return (weights, biases);
    }
}
