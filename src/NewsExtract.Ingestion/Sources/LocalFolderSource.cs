using System.Runtime.CompilerServices;
using NewsExtract.Core.Articles;
using NewsExtract.Ingestion.Files;

namespace NewsExtract.Ingestion.Sources;

/// <summary>A folder of article files (.txt, .json, .html), read recursively; keys are paths relative to the folder.</summary>
public sealed class LocalFolderSource(string name, string folder) : IArticleSource
{
    private readonly ArticleFileReader _reader = new(name);

    public string Name { get; } = name;

    public string Folder { get; } = Path.GetFullPath(folder);

    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Folder))
            throw new DirectoryNotFoundException($"Source '{Name}': the folder {Folder} does not exist.");
        foreach (var file in ArticleFileFinder.Find([Folder]))
        {
            cancellationToken.ThrowIfCancellationRequested();
            SourceItem item;
            try
            {
                item = SourceItem.Success(file.FullPath, _reader.Read(file));
            }
            catch (ArticleReadException ex)
            {
                item = SourceItem.Failure(file.FullPath, ex.Reason);
            }
            yield return item;
            await Task.Yield();
        }
    }
}
