using System.Text.Json.Serialization;

namespace NewsExtract.Storage.Feed;

/// <summary>Source-generated JSON metadata for the feed manifest (camelCase, indented).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(FeedManifest))]
internal sealed partial class FeedJsonContext : JsonSerializerContext;
