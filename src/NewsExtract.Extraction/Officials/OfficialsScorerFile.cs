using System.Security.Cryptography;
using Microsoft.ML;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// <c>officials.scorer.bin</c> beside <c>link.zip</c> and <c>country.zip</c>: both classifiers as
/// <see cref="HashedBagClassifierReader"/> reads them out of the zips (checked there against ML.NET), stored as their
/// non-zero weights, so the officials model loads without ML.NET. It records the SHA-256 of both zips; a file made from
/// other zips is not used (<see cref="TryRead"/> returns null and the model is read from the zips). Written by
/// <c>train officials</c> and by <c>build scorers</c>.
/// </summary>
public static class OfficialsScorerFile
{
    public const string FileName = "officials.scorer.bin";

    private static readonly byte[] Magic = "NXOFSC01"u8.ToArray();

    /// <summary>The SHA-256 of a model zip, as the scorer file records it.</summary>
    public static byte[] HashOf(string zipPath)
    {
        using var stream = File.OpenRead(zipPath);
        return SHA256.HashData(stream);
    }

    /// <summary>
    /// Reads both classifiers out of the zips in <paramref name="directory"/> through ML.NET (each checked against
    /// ML.NET's own scores) and writes them beside the zips; returns the file's path.
    /// </summary>
    public static string WriteFromZips(string directory)
    {
        var ml = new MLContext(seed: 1);
        HashedBagClassifier Read(string name)
        {
            var zip = Path.Combine(directory, name);
            if (!File.Exists(zip)) throw new FileNotFoundException($"The officials model {zip} does not exist.", zip);
            return HashedBagClassifierReader.Read(ml, ml.Model.Load(zip, out _));
        }
        var link = Read(OfficialsModel.LinkFileName);
        var country = Read(OfficialsModel.CountryFileName);
        var path = Path.Combine(directory, FileName);
        var temporary = path + ".tmp";
        using (var w = new BinaryWriter(File.Create(temporary)))
        {
            w.Write(Magic);
            w.Write(HashOf(Path.Combine(directory, OfficialsModel.LinkFileName)));
            w.Write(HashOf(Path.Combine(directory, OfficialsModel.CountryFileName)));
            foreach (var classifier in new[] { link, country })
            {
                w.Write(classifier.Bits);
                w.Write(classifier.Bias);
                w.Write(classifier.Slope);
                w.Write(classifier.Offset);
                var weights = classifier.Weights;
                int nonZero = 0;
                foreach (var weight in weights) if (weight != 0) nonZero++;
                w.Write(nonZero);
                for (int slot = 0; slot < weights.Length; slot++)
                {
                    if (weights[slot] == 0) continue;
                    w.Write(slot);
                    w.Write(weights[slot]);
                }
            }
        }
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>
    /// The (link, country) classifiers stored in <paramref name="directory"/> when they were made from the zips there;
    /// null when there is no file or it belongs to other zips. A damaged file is an <see cref="InvalidDataException"/>.
    /// </summary>
    public static (HashedBagClassifier Link, HashedBagClassifier Country)? TryRead(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var r = new BinaryReader(new MemoryStream(File.ReadAllBytes(path)));
            if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic)) throw new InvalidDataException($"{path} is not an officials scorer file.");
            var linkHash = r.ReadBytes(32);
            var countryHash = r.ReadBytes(32);
            if (countryHash.Length != 32) throw new EndOfStreamException();
            if (!linkHash.AsSpan().SequenceEqual(HashOf(Path.Combine(directory, OfficialsModel.LinkFileName)))
                || !countryHash.AsSpan().SequenceEqual(HashOf(Path.Combine(directory, OfficialsModel.CountryFileName))))
                return null;
            var link = ReadClassifier(r, path);
            var country = ReadClassifier(r, path);
            if (r.BaseStream.Position != r.BaseStream.Length) throw new InvalidDataException($"{path} has bytes past its end: it is damaged.");
            return (link, country);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path} ends early: it is damaged.", e);
        }
    }

    private static HashedBagClassifier ReadClassifier(BinaryReader r, string path)
    {
        int bits = r.ReadInt32();
        if (bits is < 1 or > 30) throw new InvalidDataException($"{path} holds a bag of {bits} bits: it is damaged.");
        float bias = r.ReadSingle();
        double slope = r.ReadDouble(), offset = r.ReadDouble();
        var weights = new float[1 << bits];
        int nonZero = r.ReadInt32();
        for (int i = 0; i < nonZero; i++)
        {
            int slot = r.ReadInt32();
            if ((uint)slot >= (uint)weights.Length) throw new InvalidDataException($"{path} has a slot out of range: it is damaged.");
            weights[slot] = r.ReadSingle();
        }
        return new HashedBagClassifier(bits, weights, bias, slope, offset);
    }
}
