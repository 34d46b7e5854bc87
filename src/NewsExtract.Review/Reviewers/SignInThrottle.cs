namespace NewsExtract.Review.Reviewers;

/// <summary>
/// Slows down guessing a reviewer's secret without letting a stranger lock the reviewer out:
/// <list type="bullet">
/// <item>after <see cref="AllowedFailures"/> wrong secrets for one reviewer name from one client address within
/// <see cref="Window"/>, sign-in as that name from that address is refused for <see cref="Lockout"/> (the secret is not
/// even checked, so the right one does not help a guesser either); the reviewer signing in from elsewhere is not
/// affected;</item>
/// <item>after <see cref="AllowedFailuresFromAllClients"/> wrong secrets for the name from all addresses together
/// within the window (guessing spread over many addresses), the name is refused from every address for the lockout.</item>
/// </list>
/// A successful sign-in clears the name's counts. Names are counted whether or not an account exists, so the answers
/// say nothing about which names are accounts. Time comes from the server's <see cref="TimeProvider"/>.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int AllowedFailures = 5;
    public const int AllowedFailuresFromAllClients = 50;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    /// <summary>Above this many keys tracked, keys with nothing recent are forgotten (a flood of made-up names cannot grow memory for ever).</summary>
    private const int PruneAbove = 10_000;

    private readonly Dictionary<string, Failures> _counts = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private sealed class Failures
    {
        public List<DateTimeOffset> At { get; } = [];
        public DateTimeOffset? LockedUntil { get; set; }
    }

    /// <summary>How much longer sign-in as <paramref name="name"/> from <paramref name="client"/> is refused; null when it is not.</summary>
    public TimeSpan? LockedFor(string name, string client)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            TimeSpan? wait = null;
            foreach (var key in new[] { NameKey(name), PairKey(name, client) })
                if (_counts.TryGetValue(key, out var entry) && entry.LockedUntil is { } until && until > now && (wait is null || until - now > wait))
                    wait = until - now;
            return wait;
        }
    }

    /// <summary>Counts a wrong secret for <paramref name="name"/> from <paramref name="client"/>; a full count locks.</summary>
    public void RecordFailure(string name, string client)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (_counts.Count > PruneAbove) Prune(now);
            Count(PairKey(name, client), AllowedFailures, now);
            Count(NameKey(name), AllowedFailuresFromAllClients, now);
        }
    }

    /// <summary>A right secret: the name's wrong ones, from every address, are forgotten.</summary>
    public void RecordSuccess(string name)
    {
        string prefix = NameKey(name);
        lock (_lock)
            foreach (var key in _counts.Keys.Where(k => k == prefix || k.StartsWith(prefix + "\n", StringComparison.Ordinal)).ToList())
                _counts.Remove(key);
    }

    private void Count(string key, int allowed, DateTimeOffset now)
    {
        if (!_counts.TryGetValue(key, out var entry)) _counts[key] = entry = new Failures();
        entry.At.RemoveAll(at => now - at >= Window);
        entry.At.Add(now);
        if (entry.At.Count < allowed) return;
        entry.LockedUntil = now + Lockout;
        entry.At.Clear();
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _counts.ToList())
            if ((entry.LockedUntil is not { } until || until <= now) && entry.At.All(at => now - at >= Window))
                _counts.Remove(key);
    }

    private static string NameKey(string name) => name.Trim().ToLowerInvariant();

    private static string PairKey(string name, string client) => NameKey(name) + "\n" + client;
}
