using Npgsql;

namespace NewsExtract.Storage.State;

/// <summary>
/// A role held by a PostgreSQL session advisory lock on a connection of its own (not pooled): the lock lives as long
/// as that connection, so a holder that dies or loses the server loses the role, and another node takes it.
/// </summary>
internal sealed class AdvisoryLockLease(string role, NpgsqlConnection connection) : ILeadershipLease
{
    private bool _disposed;

    public string Role { get; } = role;

    public bool IsHeld
    {
        get
        {
            if (_disposed) return false;
            try
            {
                using var probe = new NpgsqlCommand("SELECT 1", connection);
                probe.ExecuteScalar();
                return true;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                return false;
            }
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        connection.Dispose();
    }
}
