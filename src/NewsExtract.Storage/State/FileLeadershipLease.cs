namespace NewsExtract.Storage.State;

/// <summary>A role held by an exclusive lock on a file (the SQLite adapter's leadership): held until disposed or the process ends.</summary>
internal sealed class FileLeadershipLease(string role, FileStream lockFile) : ILeadershipLease
{
    private bool _disposed;

    public string Role { get; } = role;

    public bool IsHeld => !_disposed;

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        lockFile.Dispose();
    }
}
