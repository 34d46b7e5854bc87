using System.Xml;

namespace NewsExtract.Ingestion.Feeds;

/// <summary>
/// The XmlReader settings every feed and sitemap parser uses: no DTDs or external entities (safe on untrusted input),
/// no character checks (agency feeds carry stray control characters), comments and processing instructions skipped.
/// </summary>
internal static class ForgivingXmlSettings
{
    public static readonly XmlReaderSettings Reader = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };
}
