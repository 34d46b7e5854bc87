namespace NewsExtract.Ingestion.Http;

/// <summary>
/// A parsed robots.txt (RFC 9309): the group for our user-agent (the most specific matching name, else <c>*</c>)
/// with its Allow/Disallow rules. The longest matching rule wins, Allow on a tie; <c>*</c> matches any run of
/// characters and a trailing <c>$</c> anchors the end. Unknown lines are ignored.
/// </summary>
public sealed class RobotsTxt
{
    private readonly IReadOnlyList<(string Pattern, bool Allow)> _rules;

    private RobotsTxt(IReadOnlyList<(string Pattern, bool Allow)> rules) => _rules = rules;

    public static RobotsTxt AllowAll { get; } = new([]);

    public static RobotsTxt DisallowAll { get; } = new([("/", false)]);

    /// <summary>The rules that apply to the robot called <paramref name="userAgent"/> (its product token is used).</summary>
    public static RobotsTxt Parse(string content, string userAgent)
    {
        var token = ProductToken(userAgent);
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        (List<string> Agents, List<(string, bool)> Rules)? current = null;
        bool lastWasAgent = false;
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (field)
            {
                case "user-agent":
                    if (current is null || !lastWasAgent)
                    {
                        current = ([], []);
                        groups.Add(current.Value);
                    }
                    current.Value.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    break;
                case "allow" or "disallow":
                    lastWasAgent = false;
                    if (current is null || value.Length == 0) continue;
                    current.Value.Rules.Add((value, field == "allow"));
                    break;
                default:
                    lastWasAgent = false;
                    break;
            }
        }

        int bestLength = -1;
        var rules = new List<(string, bool)>();
        foreach (var (agents, groupRules) in groups)
        {
            foreach (var agent in agents)
            {
                int length = agent == "*" ? 0 : token.StartsWith(agent, StringComparison.Ordinal) && agent.Length > 0 ? agent.Length : -1;
                if (length < 0) continue;
                if (length > bestLength) { bestLength = length; rules.Clear(); }
                if (length == bestLength) rules.AddRange(groupRules);
            }
        }
        return new RobotsTxt(rules);
    }

    /// <summary>Whether the path and query of <paramref name="url"/> may be fetched.</summary>
    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        if (path == "/robots.txt") return true;
        int bestLength = -1;
        bool allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (!Matches(pattern, path)) continue;
            if (pattern.Length > bestLength || (pattern.Length == bestLength && allow))
            {
                bestLength = pattern.Length;
                allowed = allow;
            }
        }
        return allowed;
    }

    private static string ProductToken(string userAgent)
    {
        var end = userAgent.IndexOfAny(['/', ' ', '(']);
        return (end < 0 ? userAgent : userAgent[..end]).ToLowerInvariant();
    }

    private static bool Matches(string pattern, string path)
    {
        bool anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        return Match(pattern.AsSpan(), path.AsSpan(), anchored);
    }

    private static bool Match(ReadOnlySpan<char> pattern, ReadOnlySpan<char> path, bool anchored)
    {
        var star = pattern.IndexOf('*');
        if (star < 0)
            return anchored ? path.SequenceEqual(pattern) : path.StartsWith(pattern, StringComparison.Ordinal);
        if (!path.StartsWith(pattern[..star], StringComparison.Ordinal)) return false;
        var rest = pattern[(star + 1)..];
        var remaining = path[star..];
        for (int i = 0; i <= remaining.Length; i++)
            if (Match(rest, remaining[i..], anchored)) return true;
        return false;
    }
}
