namespace NewsExtract.Storage.Review;

/// <summary>
/// Port: reviewer accounts, a name and a secret's hash (made and checked by the caller with a password hasher; the
/// secret itself is never stored). Adapters: <see cref="SqliteReviewAccounts"/>, <see cref="PostgresReviewAccounts"/>.
/// </summary>
public interface IReviewAccounts
{
    bool Any();

    /// <summary>Adds the account or replaces its secret's hash.</summary>
    void Save(string name, string secretHash, DateTimeOffset now);

    string? SecretHash(string name);

    /// <summary>The account names, in ordinal order.</summary>
    IReadOnlyList<string> Names();
}
