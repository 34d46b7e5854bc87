using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Extraction.Language;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Evaluation;

namespace NewsExtract.Training.Ner;

/// <summary>Tags gold documents with a model and scores the result entity by entity.</summary>
public static class NerEvaluation
{
    /// <summary>Scores <paramref name="documents"/>; those of a domain the model has feature copies for are tagged in it.</summary>
    /// <param name="onlyTypes">When given, only entities of these types are scored (see <see cref="EntityEvaluator"/>).</param>
    /// <param name="errors">When given, receives every sentence with a wrong entity (see <see cref="EntityErrorWriter"/>).</param>
    /// <param name="documentDone">Called after each document is scored (for a progress display).</param>
    /// <param name="registers">When given, a document without a domain of its own is tagged as the product tags it: in the
    /// model's web domain when this detector judges it web writing (see <see cref="EntityRecognizer.DomainFor"/>).</param>
    public static EntityEvaluator Evaluate(NerModel model, IReadOnlyList<AnnotatedDocument> documents, IReadOnlySet<string>? onlyTypes = null, EntityErrorWriter? errors = null, Action? documentDone = null, TextRegisterDetector? registers = null) =>
        Evaluate(model, documents, new EntityEvaluator(onlyTypes), errors, documentDone, registers);

    /// <summary>Scores <paramref name="documents"/> into an existing evaluator (to pool several models' held-out folds).</summary>
    public static EntityEvaluator Evaluate(NerModel model, IReadOnlyList<AnnotatedDocument> documents, EntityEvaluator evaluator, EntityErrorWriter? errors = null, Action? documentDone = null, TextRegisterDetector? registers = null)
    {
        var tagger = new NerTagger(model);
        var tags = new int[1024];
        foreach (var document in documents)
        {
            var layout = AnnotatedDocumentText.Build(document);
            // a document of a domain the model learned is tagged in that domain; any other with the shared weights,
            // or, when a register detector is given, in the domain the product would choose for its register
            tagger.Domain = document.Domain is { } domain && model.Info.HasDomain(domain) ? domain
                : registers is null ? null : EntityRecognizer.DomainFor(model, registers.Judge(layout.Text, layout.Tokens, layout.Sentences));
            if (tags.Length < layout.Tokens.Count) tags = new int[layout.Tokens.Count * 2];
            tagger.Tag(layout.Text, layout.Tokens, layout.Sentences, tags);
            int offset = 0;
            foreach (var sentence in document.Sentences)
            {
                var predicted = new string[sentence.Count];
                for (int i = 0; i < predicted.Length; i++) predicted[i] = model.Labels.Tags[tags[offset + i]];
                evaluator.Add(sentence.Tags, predicted);
                errors?.Add(sentence.Words, sentence.Tags, predicted);
                offset += sentence.Count;
            }
            documentDone?.Invoke();
        }
        return evaluator;
    }
}
