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

    /// <summary>Above this many names tracked, names with nothing recent are forgotten (a flood of made-up names cannot grow memory for ever).</summary>
    private const int PruneAbove = 10_000;

    private readonly Dictionary<string, NameFailures> _names = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Recent wrong secrets and a lockout, for one name from all addresses or from one.</summary>
    private sealed class Failures
    {
        public List<DateTimeOffset> At { get; } = [];
        public DateTimeOffset? LockedUntil { get; set; }

        public void Count(int allowed, DateTimeOffset now)
        {
            At.RemoveAll(at => now - at >= Window);
            At.Add(now);
            if (At.Count < allowed) return;
            LockedUntil = now + Lockout;
            At.Clear();
        }

        public TimeSpan? LockedFor(DateTimeOffset now) => LockedUntil is { } until && until > now ? until - now : null;

        public bool IsStale(DateTimeOffset now) => LockedFor(now) is null && At.All(at => now - at >= Window);
    }

    private sealed class NameFailures
    {
        public Failures FromAll { get; } = new();
        public Dictionary<string, Failures> ByClient { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>How much longer sign-in as <paramref name="name"/> from <paramref name="client"/> is refused; null when it is not.</summary>
    public TimeSpan? LockedFor(string name, string client)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (!_names.TryGetValue(Key(name), out var entry)) return null;
            var fromAll = entry.FromAll.LockedFor(now);
            var fromClient = entry.ByClient.TryGetValue(client, out var failures) ? failures.LockedFor(now) : null;
            return fromClient is null || fromAll > fromClient ? fromAll : fromClient;
        }
    }

    /// <summary>Counts a wrong secret for <paramref name="name"/> from <paramref name="client"/>; a full count locks.</summary>
    public void RecordFailure(string name, string client)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (_names.Count > PruneAbove) Prune(now);
            if (!_names.TryGetValue(Key(name), out var entry)) _names[Key(name)] = entry = new NameFailures();
            if (entry.ByClient.Count > AllowedFailuresFromAllClients)
                foreach (var (address, old) in entry.ByClient.ToList())
                    if (old.IsStale(now)) entry.ByClient.Remove(address);
            if (!entry.ByClient.TryGetValue(client, out var failures)) entry.ByClient[client] = failures = new Failures();
            failures.Count(AllowedFailures, now);
            entry.FromAll.Count(AllowedFailuresFromAllClients, now);
        }
    }

    /// <summary>A right secret: the name's wrong ones, from every address, are forgotten.</summary>
    public void RecordSuccess(string name)
    {
        lock (_lock) _names.Remove(Key(name));
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _names.ToList())
            if (entry.FromAll.IsStale(now) && entry.ByClient.Values.All(f => f.IsStale(now)))
                _names.Remove(key);
    }

    private static string Key(string name) => name.Trim().ToLowerInvariant();
}
