namespace NewsExtract.Ingestion.Html.Blocks;

/// <summary>Elements a text block sits inside (itself or an ancestor), as flags.</summary>
[Flags]
public enum BlockContext
{
    None = 0,
    Nav = 1,
    Footer = 2,
    Header = 4,
    Aside = 8,
    Form = 16,
    ListItem = 32,
    Table = 64,
    Article = 128,
    Main = 256,
    Heading = 512,
    Section = 1024,
    Figure = 2048,
    Hidden = 4096,
    Blockquote = 8192,
    Link = 16384,
}
