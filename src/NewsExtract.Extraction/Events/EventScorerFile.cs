using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.ML;
using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// <c>events.scorer.bin</c> beside <c>events.zip</c>: the <see cref="LinearEventScorer"/> read out of the zip by
/// <see cref="LinearEventScorerReader"/> (and checked there against ML.NET), stored as flat arrays so the shipped model
/// loads without ML.NET's model loader, schema machinery or per-character normaliser run. It records the SHA-256 of
/// the zip it was read from; a file made from another zip is not used (<see cref="TryRead"/> returns null and the model
/// is read from the zip). Written by <c>train events</c> and by <c>build scorers</c>.
/// </summary>
public static class EventScorerFile
{
    public const string FileName = "events.scorer.bin";

    private static readonly byte[] Magic = "NXEVSC01"u8.ToArray();

    /// <summary>The SHA-256 of a model zip, as the scorer file records it.</summary>
    public static byte[] HashOf(string zipPath)
    {
        using var stream = File.OpenRead(zipPath);
        return SHA256.HashData(stream);
    }

    /// <summary>
    /// Reads the scorer out of <c>events.zip</c> in <paramref name="directory"/> through ML.NET (checked against ML.NET's
    /// own scores by <see cref="LinearEventScorerReader"/>) and writes it beside the zip; returns the file's path.
    /// </summary>
    public static string WriteFromZip(string directory)
    {
        var zip = Path.Combine(directory, EventModel.ModelFileName);
        if (!File.Exists(zip)) throw new FileNotFoundException($"The event model {zip} does not exist.", zip);
        var ml = new MLContext(seed: 1);
        var scorer = LinearEventScorerReader.Read(ml, ml.Model.Load(zip, out _));
        var path = Path.Combine(directory, FileName);
        Write(path, scorer, HashOf(zip));
        return path;
    }

    /// <summary>Writes <paramref name="scorer"/>, read from the zip whose SHA-256 is <paramref name="zipHash"/>.</summary>
    public static void Write(string path, LinearEventScorer scorer, byte[] zipHash)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The event scorer file is written on little-endian machines only.");
        var unigrams = scorer.Unigrams.OrderBy(u => u.Value).ToArray();
        var bigrams = scorer.Bigrams.OrderBy(b => b.Value).ToArray();
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        using (var w = new BinaryWriter(stream, Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(zipHash);
            w.Write(EventTypes.All.Count);
            foreach (var type in EventTypes.All) w.Write(type);
            w.Write(scorer.Weights.Length / EventTypes.All.Count);
            w.Write(scorer.L2Normalized);
            w.Write(MemoryMarshal.AsBytes(scorer.Normalizer.Table));
            w.Write(unigrams.Length);
            foreach (var (_, slot) in unigrams) w.Write(slot);
            foreach (var (word, _) in unigrams) w.Write(word.Length);
            foreach (var (word, _) in unigrams) w.Write(MemoryMarshal.AsBytes(word.AsSpan()));
            w.Write(bigrams.Length);
            foreach (var (key, _) in bigrams) w.Write(key);
            foreach (var (_, slot) in bigrams) w.Write(slot);
            w.Write(MemoryMarshal.AsBytes(scorer.Weights));
            w.Write(MemoryMarshal.AsBytes(scorer.Biases));
            w.Write(MemoryMarshal.AsBytes(scorer.Slopes));
            w.Write(MemoryMarshal.AsBytes(scorer.Offsets));
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// The scorer stored at <paramref name="path"/> when it was made from the zip whose SHA-256 is
    /// <paramref name="zipHash"/>; null when there is no file or it belongs to another zip. A damaged file is an
    /// <see cref="InvalidDataException"/>.
    /// </summary>
    public static LinearEventScorer? TryRead(string path, byte[] zipHash)
    {
        if (!File.Exists(path) || !BitConverter.IsLittleEndian) return null;
        var bytes = File.ReadAllBytes(path);
        var r = new SpanReader(bytes, path);
        if (!r.Bytes(Magic.Length).SequenceEqual(Magic)) throw new InvalidDataException($"{path} is not an event scorer file.");
        if (!r.Bytes(zipHash.Length).SequenceEqual(zipHash)) return null;
        int types = r.Int32();
        if (types != EventTypes.All.Count) throw new InvalidDataException($"{path} scores {types} event types, not {EventTypes.All.Count}.");
        foreach (var type in EventTypes.All)
            if (r.String() != type) throw new InvalidDataException($"{path} scores other event types than this program knows.");
        int slots = r.Int32();
        bool l2 = r.Bytes(1)[0] != 0;
        var table = r.Array<char>(EventTextNormalizer.TableSize);
        int unigramCount = r.Int32();
        var unigramSlots = r.Array<int>(unigramCount);
        var lengths = r.Array<int>(unigramCount);
        var unigrams = new Dictionary<string, int>(unigramCount, StringComparer.Ordinal);
        for (int i = 0; i < unigramCount; i++) unigrams.Add(new string(r.Chars(lengths[i])), unigramSlots[i]);
        int bigramCount = r.Int32();
        var keys = r.Array<long>(bigramCount);
        var bigramSlots = r.Array<int>(bigramCount);
        var bigrams = new Dictionary<long, int>(bigramCount);
        for (int i = 0; i < bigramCount; i++) bigrams.Add(keys[i], bigramSlots[i]);
        var weights = r.Array<float>(checked(slots * types));
        var biases = r.Array<float>(types);
        var slopes = r.Array<double>(types);
        var offsets = r.Array<double>(types);
        r.End();
        return new LinearEventScorer(EventTextNormalizer.FromTable(table), unigrams, bigrams, weights, biases, slopes, offsets, l2);
    }

    /// <summary>Reads the file's fields in order from its bytes; a field running past the end is an <see cref="InvalidDataException"/>.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> bytes, string path)
    {
        private ReadOnlySpan<byte> _rest = bytes;

        public ReadOnlySpan<byte> Bytes(int count)
        {
            if (count < 0 || count > _rest.Length) throw new InvalidDataException($"{path} ends early: it is damaged.");
            var taken = _rest[..count];
            _rest = _rest[count..];
            return taken;
        }

        public int Int32() => MemoryMarshal.Read<int>(Bytes(sizeof(int)));

        public ReadOnlySpan<char> Chars(int count) => MemoryMarshal.Cast<byte, char>(Bytes(checked(count * sizeof(char))));

        public T[] Array<T>(int count) where T : unmanaged =>
            MemoryMarshal.Cast<byte, T>(Bytes(checked(count * Unsafe.SizeOf<T>()))).ToArray();

        /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it: a 7-bit encoded byte length, then UTF-8.</summary>
        public string String()
        {
            int length = 0, shift = 0;
            byte b;
            do
            {
                if (shift > 28) throw new InvalidDataException($"{path} holds a malformed string length.");
                b = Bytes(1)[0];
                length |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return Encoding.UTF8.GetString(Bytes(length));
        }

        public readonly void End()
        {
            if (!_rest.IsEmpty) throw new InvalidDataException($"{path} has {_rest.Length} bytes past its end: it is damaged.");
        }
    }
}
