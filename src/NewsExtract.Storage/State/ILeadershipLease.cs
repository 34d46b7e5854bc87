namespace NewsExtract.Storage.State;

/// <summary>A held role (see <see cref="ILeadership"/>); disposing it gives the role up.</summary>
public interface ILeadershipLease : IDisposable
{
    string Role { get; }

    /// <summary>False once the lease was lost (its database connection broke): the holder must stop acting for the role.</summary>
    bool IsHeld { get; }
}
