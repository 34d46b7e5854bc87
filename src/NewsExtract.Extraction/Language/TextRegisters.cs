namespace NewsExtract.Extraction.Language;

/// <summary>
/// The kinds of writing the register detector tells apart (<see cref="Core.Documents.Document.Register"/>): edited
/// news copy, which every model here is built for, and informal web text (forum posts, reviews, e-mail, chat, blog
/// comments, answers), whose capitalisation and naming habits differ. The web value is also the name of the entity
/// model's annotation domain for such text.
/// </summary>
public static class TextRegisters
{
    public const string News = "news";
    public const string Web = "web";
}
