using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using NewsExtract.Tests.Review;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Cli;

/// <summary>
/// Every way the worker can fail to start says so in one line naming the problem, with exit code 2 and no stack
/// trace; a --config file's sources replace the built-in demo source; health never creates a state it reads.
/// </summary>
public sealed class StartupErrorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public StartupErrorTests()
    {
        // A demo corpus where the built-in source would find it: it must never be read when --config names sources.
        Directory.CreateDirectory(_dir.File("corpus"));
        File.WriteAllText(_dir.File("corpus/demo.txt"), "BAKU, Dec 1. The demo article must not reach a production feed.");
        Directory.CreateDirectory(_dir.File("articles"));
        File.WriteAllText(_dir.File("articles/real.txt"), "MOSCOW, Dec 1. Exports grew to RUB 5 billion, the ministry said.");
    }

    public void Dispose() => _dir.Dispose();

    private string Config(string name, object newsExtract)
    {
        var path = _dir.File(name);
        File.WriteAllText(path, JsonSerializer.Serialize(new { NewsExtract = newsExtract }));
        return path;
    }

    private static object[] RealSource => [new { Name = "real", Type = "folder", Path = "articles" }];

    private static void AssertOneLineError(CliRunner.Result result, string expected)
    {
        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}\n{result.StdOut}\n{result.StdErr}");
        var lines = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, "expected one line on stderr:\n" + result.StdErr);
        Assert.Contains(expected, lines[0]);
        Assert.DoesNotContain("   at ", result.StdErr + result.StdOut);
        Assert.DoesNotContain("Exception", result.StdErr + result.StdOut);
    }

    public static TheoryData<string, string, string> BrokenSettings => new()
    {
        { "output directory is a file", """{"NewsExtract":{"OutputDirectory":"taken","Sources":[{"Name":"real","Type":"folder","Path":"articles"}]}}""", "is a file" },
        { "output directory cannot be created", """{"NewsExtract":{"OutputDirectory":"taken/out","Sources":[{"Name":"real","Type":"folder","Path":"articles"}]}}""", "cannot be written" },
        { "malformed JSON", """{"NewsExtract":{"OutputDirectory":"out", "Sources":[ }""", "is not valid JSON: line 1" },
        { "wrong-typed value", """{"NewsExtract":{"FetchConcurrency":"four","Sources":[{"Name":"real","Type":"folder","Path":"articles"}]}}""", "'NewsExtract:FetchConcurrency'" },
        { "validation errors", """{"NewsExtract":{"Sources":[{"Name":"web","Type":"rss","Url":"ftp://x/"}],"Http":{"MaxRetries":99}}}""", "MaxRetries must be between 0 and 20" },
        { "no sources", """{"NewsExtract":{"OutputDirectory":"out","Sources":[]}}""", "must list at least one source" },
        { "no Sources key", """{"NewsExtract":{"OutputDirectory":"out"}}""", "must list at least one source" },
        { "unknown store", """{"NewsExtract":{"Store":"mongo","Sources":[{"Name":"real","Type":"folder","Path":"articles"}]}}""", "NewsExtract:Store 'mongo' is not a known store" },
        { "postgres without a connection string", """{"NewsExtract":{"Store":"postgres","Sources":[{"Name":"real","Type":"folder","Path":"articles"}]}}""", "ConnectionStrings:NewsExtract must be set" },
        { "postgres connection string that does not parse", """{"ConnectionStrings":{"NewsExtract":"Hots=x;;="},"NewsExtract":{"Store":"postgres","Sources":[{"Name":"real","Type":"folder","Path":"articles"}]}}""", "not a valid PostgreSQL connection string" },
        { "postgres server that is not there", """{"ConnectionStrings":{"NewsExtract":"Host=127.0.0.1;Port=1;Username=postgres;Timeout=3"},"NewsExtract":{"Store":"postgres","Sources":[{"Name":"real","Type":"folder","Path":"articles"}]}}""", "the PostgreSQL store cannot be opened" },
        { "source without a name", """{"NewsExtract":{"Sources":[{"Type":"folder","Path":"articles"}]}}""", "Sources:0:Name must be set" },
    };

    [Theory]
    [MemberData(nameof(BrokenSettings))]
    public async Task A_start_up_error_is_one_line_and_exit_code_2(string what, string settings, string expected)
    {
        File.WriteAllText(_dir.File("taken"), "a file where a folder should be");
        var config = _dir.File("settings.json");
        File.WriteAllText(config, settings);
        var result = await CliRunner.RunAsync(_dir.Path, null, "run", "--once", "--config", config);
        AssertOneLineError(result, expected);
        Assert.False(Directory.Exists(_dir.File("out/feed")) && Directory.GetFiles(_dir.File("out/feed"), "*.jsonl").Length > 0, what + ": something was published");
    }

    [Fact]
    public async Task Config_sources_replace_the_built_in_demo_source()
    {
        var config = Config("settings.json", new { OutputDirectory = "out", Sources = RealSource });
        var result = await CliRunner.RunAsync(_dir.Path, null, "run", "--once", "--config", config);
        Assert.True(result.ExitCode == 0, result.StdErr);
        var line = Assert.Single(Directory.GetFiles(_dir.File("out/feed"), "articles-*.jsonl").SelectMany(File.ReadAllLines));
        Assert.Contains("RUB 5 billion", line);
        Assert.DoesNotContain("demo article", line);
    }

    [Fact]
    public async Task Health_on_a_never_used_output_directory_says_no_state_yet_and_creates_nothing()
    {
        var config = Config("settings.json", new { OutputDirectory = "never-used", Sources = RealSource });
        var result = await CliRunner.RunAsync(_dir.Path, null, "health", "--config", config);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no state yet", result.StdOut);
        Assert.False(Directory.Exists(_dir.File("never-used")));
    }

    [Fact]
    public async Task Serve_feed_on_a_never_used_output_directory_is_one_line_and_creates_nothing()
    {
        var config = Config("settings.json", new { OutputDirectory = "never-used", Sources = RealSource });
        var result = await CliRunner.RunAsync(_dir.Path, null, "serve-feed", "--port", "0", "--config", config);
        AssertOneLineError(result, "no state yet");
        Assert.False(Directory.Exists(_dir.File("never-used")));
    }

    [Fact]
    public async Task A_busy_review_port_is_one_line_and_exit_code_2()
    {
        var db = _dir.File("state.db");
        ReviewSample.Seed(db, ReviewSample.Record());
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var result = await CliRunner.RunAsync(_dir.Path, null, "review", "--db", db, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AssertOneLineError(result, $"cannot listen on 127.0.0.1:{port}");
    }
}
