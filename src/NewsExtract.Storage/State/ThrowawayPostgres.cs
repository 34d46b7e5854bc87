using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace NewsExtract.Storage.State;

/// <summary>
/// A throwaway PostgreSQL 15 server (for the tests and <c>bench cluster</c>): initialised in a temporary folder with <c>initdb</c>, started with
/// <c>pg_ctl</c> on a free port of 127.0.0.1 only (as the <c>postgres</c> user through <c>runuser</c> when the tests
/// run as root, as initdb refuses root), stopped and deleted on dispose. Where the server binaries are absent,
/// <see cref="Problem"/> says so (tests skip with that message, the benchmark prints it); <c>.ci/run</c> installs them.
/// </summary>
public sealed class ThrowawayPostgres : IDisposable
{
    /// <summary>The server binaries: <c>NEWSEXTRACT_POSTGRES_BIN</c> when set, else Debian's PostgreSQL 15 location.</summary>
    public static readonly string BinDirectory =
        Environment.GetEnvironmentVariable("NEWSEXTRACT_POSTGRES_BIN") is { Length: > 0 } bin ? bin : "/usr/lib/postgresql/15/bin";
    private readonly string? _root;
    private readonly string? _data;
    private readonly int _port;
    private int _databases;

    public ThrowawayPostgres()
    {
        Problem = FindMissingBinaries();
        if (Problem is not null) return;
        try
        {
            _root = Path.Combine(Path.GetTempPath(), "newsextract-pg-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_root);
            Run("chmod", ["755", _root]);
            var pg = Path.Combine(_root, "pg");
            Directory.CreateDirectory(pg);
            if (IsRoot) Run("chown", ["postgres", pg]);
            _data = Path.Combine(pg, "data");
            AsServerUser(Path.Combine(BinDirectory, "initdb"), ["-D", _data, "-A", "trust", "-U", "postgres", "--no-sync"]);
            _port = FreePort();
            AsServerUser(Path.Combine(BinDirectory, "pg_ctl"),
                ["-D", _data, "-w", "-l", Path.Combine(pg, "log"), "-o", $"-p {_port} -k {pg} -c listen_addresses=127.0.0.1 -c fsync=off", "start"]);
            AdminConnectionString = $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres;Pooling=false";
        }
        catch (Exception ex)
        {
            Problem = "the throwaway PostgreSQL server did not start: " + ex.Message;
        }
    }

    /// <summary>Why no server is available (binaries absent, or it did not start), or null when it runs.</summary>
    public string? Problem { get; }

    public string AdminConnectionString { get; } = "";

    /// <summary>A new empty database on the server and its connection string, so each test starts from nothing.</summary>
    public string CreateDatabase()
    {
        var name = $"t{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }
        return $"Host=127.0.0.1;Port={_port};Username=postgres;Database={name}";
    }

    /// <summary>
    /// Processor time (user + system) the server has used so far: its postmaster's own and that of its exited children
    /// (each connection's backend, reaped when the connection closes), from <c>/proc</c>; zero where that cannot be read.
    /// </summary>
    public TimeSpan ServerProcessorTime()
    {
        if (_data is null || Problem is not null) return TimeSpan.Zero;
        try
        {
            var pid = File.ReadLines(Path.Combine(_data, "postmaster.pid")).First().Trim();
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // After the command name in parentheses: state is field 3; utime, stime, cutime, cstime are fields 14-17.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
        }
        catch (IOException) { return TimeSpan.Zero; }
        catch (UnauthorizedAccessException) { return TimeSpan.Zero; }
    }

    // USER_HZ, which /proc reports times in: 100 on Linux on every common architecture.
    private const int ClockTicksPerSecond = 100;

    public void Dispose()
    {
        if (_data is not null && Problem is null)
        {
            try { AsServerUser(Path.Combine(BinDirectory, "pg_ctl"), ["-D", _data, "-m", "immediate", "stop"]); }
            catch (InvalidOperationException) { }
        }
        if (_root is not null)
        {
            try { Directory.Delete(_root, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>Why the server cannot be started here (binaries or runuser absent), or null when it can.</summary>
    public static string? FindMissingBinaries()
    {
        if (!File.Exists(Path.Combine(BinDirectory, "initdb")) || !File.Exists(Path.Combine(BinDirectory, "pg_ctl")))
            return $"Needs the PostgreSQL 15 server binaries in {BinDirectory} (apt-get install postgresql; .ci/run does); not installed here.";
        if (IsRoot && !File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser"))
            return "Needs runuser to start PostgreSQL as the postgres user (these tests run as root); not found.";
        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void AsServerUser(string program, IReadOnlyList<string> arguments)
    {
        if (IsRoot) Run("runuser", ["-u", "postgres", "--", program, .. arguments]);
        else Run(program, arguments);
    }

    private static void Run(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish in 2 minutes");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {process.ExitCode}: {stderr.Result.Trim()} {stdout.Result.Trim()}");
    }
}
