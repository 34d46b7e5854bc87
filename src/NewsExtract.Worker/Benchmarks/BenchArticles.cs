using NewsExtract.Core.Articles;
using NewsExtract.Ingestion.Files;

namespace NewsExtract.Worker.Benchmarks;

/// <summary>The articles a benchmark reads: those of a folder, else the texts in <c>corpus/</c> of the nearest folder above that holds NewsExtract.sln.</summary>
public static class BenchArticles
{
    /// <summary>The articles of <paramref name="folder"/>, or of <c>corpus/</c> when null; unreadable files are reported on stderr and skipped.</summary>
    public static List<Article> Load(string? folder, string command)
    {
        if (folder is not null)
        {
            if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder}: no such folder.");
            var found = Read(folder, "local", command);
            if (found.Count == 0) throw new InvalidDataException($"{folder} holds no readable article files.");
            return found;
        }
        return Read(CorpusFolder(), "bench", command);
    }

    /// <summary>The <c>corpus/</c> folder of the nearest folder above the current one that holds NewsExtract.sln.</summary>
    public static string CorpusFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "corpus");
            if (File.Exists(Path.Combine(dir.FullName, "NewsExtract.sln")) && Directory.Exists(corpus)) return corpus;
        }
        throw new FileNotFoundException("No benchmark articles: no corpus/ folder above the current one; pass --data DIR.");
    }

    private static List<Article> Read(string folder, string sourceName, string command)
    {
        var reader = new ArticleFileReader(sourceName);
        var articles = new List<Article>();
        foreach (var file in ArticleFileFinder.Find([folder]))
        {
            try { articles.Add(reader.Read(file)); }
            catch (ArticleReadException e) { Console.Error.WriteLine($"{command}: skipped {e.Message}"); }
        }
        return articles;
    }
}
