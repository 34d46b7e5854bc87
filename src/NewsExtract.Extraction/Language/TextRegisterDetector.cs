using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;

namespace NewsExtract.Extraction.Language;

/// <summary>
/// Judges whether a document is edited news copy or informal web writing (<see cref="Document.Register"/>) with the
/// learned <see cref="TextRegisterModel"/>, unless the source stated it (<see cref="Core.Articles.Article.Register"/>;
/// the document's model map then says <c>source:REGISTER</c>). Without a model (a build that ships none) every document is news, which is
/// what the pipeline assumed before it could tell. Runs after tokenising and sentence splitting, before the entity
/// recogniser, which tags web writing in its web register.
/// </summary>
public sealed class TextRegisterDetector(TextRegisterModel? model) : IPipelineComponent
{
    public const string ComponentName = "register";

    /// <summary>The detector with the model shipped inside the assembly (none: every text is news).</summary>
    public TextRegisterDetector() : this(TextRegisterModel.Shipped) { }

    public string Name => ComponentName;

    public TextRegisterModel? Model => model;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        if (document.Register is not null)
        {
            // stated by the source (or the caller): recorded as such, not judged
            document.Models[ComponentName] = $"source:{document.Register}";
            return;
        }
        document.Register = Judge(document.Text, document.Tokens, document.Sentences);
        if (model is not null) document.Models[ComponentName] = model.Version;
    }

    /// <summary>The register of a tokenised, sentence-split text.</summary>
    public string Judge(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences) =>
        model is null || tokens.Count == 0 ? TextRegisters.News : model.Judge(TextRegisterFeatures.Compute(text, tokens, sentences));
}
