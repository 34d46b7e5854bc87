using System.Text.Json;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// <c>models/officials/officials.config.json</c>: the model's version (written into each record's <c>model</c>), the
/// probability a title link needs to make its person an official, and whether the country classifier decides the
/// state of officials whose title names none (else the rule: the home state unless the office is international or
/// aimed abroad) — set by <c>train officials</c> to whichever scored better in cross-validation.
/// </summary>
public sealed record OfficialsModelConfig(string Version, float LinkThreshold, bool CountryByModel = true)
{
    public const string FileName = "officials.config.json";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static OfficialsModelConfig Read(string path) =>
        JsonSerializer.Deserialize<OfficialsModelConfig>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"{path}: not an officials model configuration.");

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Options));
}
