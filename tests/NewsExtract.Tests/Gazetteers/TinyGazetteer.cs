using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Training.Gazetteers;

namespace NewsExtract.Tests.Gazetteers;

/// <summary>A small invented world written with the gazetteer writer, for tests that need exact contents.</summary>
public static class TinyGazetteer
{
    public static WorldGazetteer Write(string folder)
    {
        GazetteerWriter.WriteCountries(folder,
        [
            new("NV", "NVA", "Novaria", "Republic of Novaria", ["NVR"], ["Novarian"], ["Novarians"], "Port Alder", "NVD", 100, 5_000_000),
            new("ZE", "ZEL", "Zeland", "Kingdom of Zeland", [], ["Zelandic"], [], "Brightwater", "ZEK", 200, 3_000_000),
        ]);
        GazetteerWriter.WritePlaces(folder, new GazetteerPlace[]
        {
            new(1001, "Port Alder", [], "NV", "01", PlaceKind.City, 2_000_000),
            new(1002, "Millford", [], "NV", "02", PlaceKind.City, 60_000),
            new(1003, "Millford", ["Milford"], "ZE", "07", PlaceKind.City, 50_000),
            new(1004, "Brightwater", [], "ZE", "01", PlaceKind.City, 900_000),
            new(1005, "Eastmarch", [], "NV", "03", PlaceKind.City, 800_000),
            new(1006, "Eastmarch", [], "ZE", "03", PlaceKind.City, 20_000),
            new(1007, "Ostra", [], "ZE", "04", PlaceKind.City, 30_000),
            new(1008, "Ostra-Vell", [], "ZE", "04", PlaceKind.Region, 0),
        }
        .Concat(Enumerable.Range(0, 12).Select(i => new GazetteerPlace(2000 + i, $"Place{(char)('A' + i)} Province", [], "NV", $"1{i}", PlaceKind.Region, 0))));
        GazetteerWriter.WriteOrganisations(folder,
        [
            new("Union of Northern Ports", ["UNP"], ["Northern Ports Union"], "Q1"),
            new("Brightwater Cooperation Organisation", ["BCO"], [], "Q2"),
            new("Relief Agency for Zeland Refugees", [], [], "Q3"),
        ]);
        GazetteerWriter.WriteTitles(folder, [("Minister of Harbours", 3), ("President", 9)]);
        return WorldGazetteer.Load(folder);
    }
}
