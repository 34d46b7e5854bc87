using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Extraction.Lexicons;

/// <summary>
/// Names that stand for one state's government or parliament ("Kremlin", "White House", "Knesset", "Milli Majlis"):
/// an official whose title holds one serves that state. Curated data,
/// <c>models/gazetteer/curated/state-seats.tsv</c> (ISO 3166-1 alpha-2 code and name, matched as written); the state's
/// short name comes from the world gazetteer.
/// </summary>
public static class StateSeats
{
    public const string FileName = "state-seats.tsv";

    private static readonly Lazy<(Dictionary<string, string> StateByName, int LongestName)> Table = new(Read);

    /// <summary>The most words a name of the list has.</summary>
    public static int LongestName => Table.Value.LongestName;

    /// <summary>The short name of the state <paramref name="name"/> stands for ("Kremlin" → "Russia"); null when none.</summary>
    public static string? StateOf(string name) => Table.Value.StateByName.GetValueOrDefault(name);

    private static (Dictionary<string, string>, int) Read()
    {
        var world = WorldGazetteer.LoadDefault();
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        int longest = 0;
        foreach (var row in CuratedList.Read(FileName, columns: 2))
        {
            var country = world.CountryByCode(row[0]) ?? throw new InvalidDataException($"{FileName}: '{row[0]}' (for '{row[1]}') is no ISO 3166-1 code of the gazetteer's countries.");
            states[row[1]] = country.Name;
            longest = Math.Max(longest, row[1].Split(' ').Length);
        }
        return (states, longest);
    }
}
