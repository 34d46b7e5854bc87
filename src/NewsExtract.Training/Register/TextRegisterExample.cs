namespace NewsExtract.Training.Register;

/// <summary>One document measured for the register classifier: its id and corpus, whether it is web writing, and its <see cref="Extraction.Language.TextRegisterFeatures"/>.</summary>
public sealed record TextRegisterExample(string DocumentId, string Corpus, bool IsWeb, float[] Features);
