using System.Text;
using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// The event model featuriser's text normalisation (case kept, punctuation and diacritics dropped, digits kept),
/// character by character. The table of what becomes of each character up to the end of the diacritic ranges is
/// read from ML.NET's own normaliser once, at load, so it cannot drift from what the model was trained on; every
/// character beyond it is dropped when it is punctuation and kept otherwise, as ML.NET does.
/// </summary>
public sealed class EventTextNormalizer
{
    // ML.NET maps letters with diacritics and drops combining marks only below U+0671 (Latin, Greek, Cyrillic,
    // Hebrew and Arabic blocks); the table covers that range.
    internal const int TableSize = 0x671;
    private const char Dropped = '\uFFFF';

    private readonly char[] _table;

    private EventTextNormalizer(char[] table) => _table = table;

    /// <summary>The table as <see cref="EventScorerFile"/> stores it: what each character below U+0671 becomes, U+FFFF for dropped.</summary>
    internal ReadOnlySpan<char> Table => _table;

    /// <summary>A normaliser from a stored table (<see cref="Table"/>).</summary>
    internal static EventTextNormalizer FromTable(char[] table) =>
        table.Length == TableSize ? new EventTextNormalizer(table) : throw new InvalidDataException($"A normaliser table has {TableSize} entries, not {table.Length}.");

    /// <summary>Reads the table from ML.NET's text normaliser with the featuriser's settings.</summary>
    public static EventTextNormalizer FromMlNet(MLContext ml)
    {
        var rows = Enumerable.Range(0, TableSize).Select(c => new CharacterRow { Text = ((char)c).ToString() }).ToList();
        var normalizer = ml.Transforms.Text.NormalizeText("Normalized", nameof(CharacterRow.Text),
            TextNormalizingEstimator.CaseMode.None, keepDiacritics: false, keepPunctuations: false, keepNumbers: true);
        var data = ml.Data.LoadFromEnumerable(rows);
        var normalized = normalizer.Fit(data).Transform(data);
        var table = new char[TableSize];
        int i = 0;
        foreach (var row in ml.Data.CreateEnumerable<NormalizedRow>(normalized, reuseRowObject: true))
        {
            table[i++] = row.Normalized.Length switch
            {
                0 => Dropped,
                1 => row.Normalized[0],
                _ => throw new InvalidDataException($"ML.NET normalises U+{i - 1:X4} to more than one character."),
            };
        }
        if (i != TableSize) throw new InvalidDataException("ML.NET's text normaliser returned fewer rows than it was given.");
        return new EventTextNormalizer(table);
    }

    public string Normalize(string text)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            char to = c < TableSize ? _table[c] : char.IsPunctuation(c) ? Dropped : c;
            if (to == c && sb is null) continue;
            sb ??= new StringBuilder(text.Length).Append(text, 0, i);
            if (to != Dropped) sb.Append(to);
        }
        return sb?.ToString() ?? text;
    }

    private sealed class CharacterRow
    {
        public string Text { get; set; } = "";
    }

    private sealed class NormalizedRow
    {
        public string Normalized { get; set; } = "";
    }
}
