namespace NewsExtract.Training.Corpora;

/// <summary>The annotated corpus formats the trainer and evaluator read.</summary>
public enum CorpusFormat
{
    /// <summary>CoNLL-2003: <c>token POS chunk tag</c> lines, blank lines between sentences, -DOCSTART- between documents.</summary>
    Conll,
    /// <summary>GMB / Kaggle entity-annotated corpus CSV (Windows-1252).</summary>
    Gmb,
    /// <summary>NewsReader MEANTIME CAT XML, one document per file.</summary>
    Meantime,
    /// <summary>Dstl re3d JSON Lines (documents.json + entities.json per folder).</summary>
    Re3d,
    /// <summary>Gold article files: <c>corpus/gold</c> envelopes or the agency-dev set (<see cref="GoldRecordsReader"/>).</summary>
    Gold,
    /// <summary>Universal NER IOB2 (<c>index token tag</c>, tab-separated, <c>#</c> comments).</summary>
    Uner,
    /// <summary>
    /// Unlabelled text, for word clusters only: a file or folder (searched recursively) of <c>.txt</c> files and of JSON
    /// files whose <c>main_content</c> or <c>text</c> field holds the text (WCXB ground truth, article files); every
    /// token is outside any entity (<see cref="UnlabelledTextReader"/>).
    /// </summary>
    Text,
}
