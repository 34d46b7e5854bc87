namespace NewsExtract.Storage.State;

/// <summary>
/// Port: one holder of a named role at a time (the feed exporter). The role is held while the returned lease lives;
/// a holder that dies loses it (its lock goes with its process or connection) and another takes it over.
/// </summary>
public interface ILeadership
{
    /// <summary>The role's lease, or null when another holder has it.</summary>
    ILeadershipLease? TryAcquire(string role);
}
