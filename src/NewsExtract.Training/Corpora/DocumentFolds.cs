using NewsExtract.Extraction.EntityRecognition;

namespace NewsExtract.Training.Corpora;

/// <summary>
/// The fold of a document, from a hash of its id: stable across runs and machines, and the same for every copy of a
/// weighted document, so a document (an article, a GMB run of sentences) never sits on both sides of a split.
/// </summary>
public static class DocumentFolds
{
    public static int Of(AnnotatedDocument document, int folds) =>
        (int)(FeatureHashing.Hash(document.Id.AsSpan()) % (ulong)folds);
}
