using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsExtract.Core.Records;

/// <summary>Source-generated System.Text.Json metadata for the public record: camelCase, nulls written, one line.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(ArticleRecord))]
public sealed partial class RecordJsonContext : JsonSerializerContext;
