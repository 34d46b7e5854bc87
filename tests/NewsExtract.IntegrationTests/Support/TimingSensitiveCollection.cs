namespace NewsExtract.IntegrationTests.Support;

/// <summary>
/// Tests that measure request timing at the server (per-host rate limits): they run on their own, after the others,
/// so crash tests that start and kill worker processes do not starve the machine while requests are being counted.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitiveCollection
{
    public const string Name = "timing-sensitive";
}
