namespace NewsExtract.Extraction.Gazetteers;

/// <summary>What a gazetteer place is: a populated place or a first-level administrative region.</summary>
public enum PlaceKind
{
    City,
    Region,
}
