using NewsExtract.Core.Documents;

namespace NewsExtract.Training.Events;

/// <summary>
/// Reads the hand-labelled event sentences (<c>corpus/events/train.tsv</c>): "types TAB sentence" per line, types
/// comma-separated or "-" for none; lines starting with "#" are comments.
/// </summary>
public static class LabelledEventSentences
{
    public static List<(string Sentence, string[] Types)> Read(string path)
    {
        var rows = new List<(string, string[])>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t');
            if (tab < 0) throw new InvalidDataException($"{path}:{lineNumber}: expected 'types<TAB>sentence'.");
            var types = line[..tab] == "-" ? [] : line[..tab].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var type in types)
                if (!EventTypes.All.Contains(type)) throw new InvalidDataException($"{path}:{lineNumber}: unknown event type '{type}'.");
            rows.Add((line[(tab + 1)..].Trim(), types));
        }
        return rows;
    }
}
