using System.Globalization;
using System.Reflection;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// The month names dates are printed with, in the languages of <c>models/dates/month-names.tsv</c> (shipped inside
/// the assembly): lower-case name to month number. A name that the file gives two different months is left out.
/// </summary>
public static class MonthNameTable
{
    private const string ResourceName = "NewsExtract.Ingestion.Html.Dates.month-names.tsv";

    /// <summary>Lower-case month name or abbreviation (without its full stop) to month number 1-12.</summary>
    public static IReadOnlyDictionary<string, int> Months { get; } = LoadShipped();

    private static Dictionary<string, int> LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The month names ({ResourceName}) are not in the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Reads lines of month number, language and space-separated names; '#' starts a comment line.</summary>
    public static Dictionary<string, int> Parse(TextReader reader)
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split('\t');
            if (fields.Length != 3 || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
                throw new InvalidDataException($"Not a month line (number, language, names): '{line}'");
            foreach (var name in fields[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var key = name.ToLowerInvariant();
                if (months.TryGetValue(key, out var known) && known != month)
                    ambiguous.Add(key);
                else
                    months[key] = month;
            }
        }
        foreach (var key in ambiguous)
            months.Remove(key);
        return months;
    }
}
