using System.Text;

namespace NewsExtract.Extraction.Numbers.Money;

/// <summary>
/// Reads and writes the currency table: UTF-8 TSV, a header line starting with <c>#</c>, one currency a line,
/// list fields separated by <c>|</c>. Columns: code, name, names, symbols, afterSymbols, aliases, readCode (1/0),
/// countries, countryWords, fixedFor, defaultFor.
/// </summary>
public static class CurrencyTableFile
{
    public const string Header = "#code\tname\tnames\tsymbols\tafterSymbols\taliases\treadCode\tcountries\tcountryWords\tfixedFor\tdefaultFor";
    private const int ColumnCount = 11;

    public static void Write(TextWriter writer, IEnumerable<CurrencyEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.Write('\n');
        foreach (var e in entries)
        {
            writer.Write(string.Join('\t',
                e.Code, e.Name, Join(e.Names), Join(e.Symbols), Join(e.AfterSymbols), Join(e.Aliases), e.ReadCode ? "1" : "0",
                Join(e.Countries), Join(e.CountryWords), Join(e.FixedFor), Join(e.DefaultFor)));
            writer.Write('\n');
        }
    }

    /// <summary>Reads a table; a malformed line is an error naming its line number.</summary>
    public static List<CurrencyEntry> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<CurrencyEntry>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var f = line.Split('\t');
            if (f.Length != ColumnCount || f[0].Length != 3)
                throw new InvalidDataException($"{sourceName} line {lineNumber}: expected {ColumnCount} tab-separated columns starting with a three-letter code.");
            entries.Add(new CurrencyEntry(f[0], f[1], Split(f[2]), Split(f[3]), Split(f[4]), Split(f[5]), f[6] == "1",
                Split(f[7]), Split(f[8]), Split(f[9]), Split(f[10])));
        }
        return entries;
    }

    private static string Join(IReadOnlyList<string> values)
    {
        foreach (var v in values)
        {
            if (v.Contains('|') || v.Contains('\t') || v.Contains('\n'))
                throw new ArgumentException($"A currency table value may not contain '|', tabs or line breaks: '{v}'.");
        }
        return string.Join('|', values);
    }

    private static string[] Split(string field) => field.Length == 0 ? [] : field.Split('|');

    /// <summary>The encoding the table is written in (UTF-8 without a byte-order mark).</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(false);
}
