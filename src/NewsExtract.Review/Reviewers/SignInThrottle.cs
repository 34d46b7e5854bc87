namespace NewsExtract.Review.Reviewers;

/// <summary>
/// Slows down guessing a reviewer's secret: after <see cref="AllowedFailures"/> wrong secrets for one reviewer name
/// within <see cref="Window"/>, sign-in as that name is refused for <see cref="Lockout"/> (the secret is not even
/// checked, so the right one does not help a guesser either). A successful sign-in clears the count. Names are
/// counted whether or not an account exists, so the answers say nothing about which names are accounts. Time comes
/// from the server's <see cref="TimeProvider"/>.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int AllowedFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    /// <summary>Above this many names tracked, names with nothing recent are forgotten (a flood of made-up names cannot grow memory for ever).</summary>
    private const int PruneAbove = 10_000;

    private readonly Dictionary<string, NameFailures> _names = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private sealed class NameFailures
    {
        public List<DateTimeOffset> At { get; } = [];
        public DateTimeOffset? LockedUntil { get; set; }
    }

    /// <summary>How much longer sign-in as <paramref name="name"/> is refused; null when it is not locked.</summary>
    public TimeSpan? LockedFor(string name)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
            return _names.TryGetValue(Key(name), out var entry) && entry.LockedUntil is { } until && until > now ? until - now : null;
    }

    /// <summary>Counts a wrong secret for <paramref name="name"/>; the last allowed one locks the name.</summary>
    public void RecordFailure(string name)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (_names.Count > PruneAbove) Prune(now);
            if (!_names.TryGetValue(Key(name), out var entry)) _names[Key(name)] = entry = new NameFailures();
            entry.At.RemoveAll(at => now - at >= Window);
            entry.At.Add(now);
            if (entry.At.Count < AllowedFailures) return;
            entry.LockedUntil = now + Lockout;
            entry.At.Clear();
        }
    }

    /// <summary>A right secret: the name's wrong ones are forgotten.</summary>
    public void RecordSuccess(string name)
    {
        lock (_lock) _names.Remove(Key(name));
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _names.ToList())
            if ((entry.LockedUntil is not { } until || until <= now) && entry.At.All(at => now - at >= Window))
                _names.Remove(key);
    }

    private static string Key(string name) => name.Trim().ToLowerInvariant();
}
