using Microsoft.Data.Sqlite;

namespace NewsExtract.Storage.Review;

/// <summary>
/// The journal that makes publishing a change to a reviewed article crash-safe: a decision, an undo or a role change on
/// a revision marked reviewed marks it here in the same transaction that stores the change, and the transaction that
/// compares its reviewed record with the feed (and publishes it when it differs) clears the mark. A mark left behind
/// by a stop between the two is taken up when the review server starts.
/// </summary>
internal static class UnpublishedChanges
{
    /// <summary>Marks the record revision when it is marked reviewed (changes to one still in review wait for completion).</summary>
    public static void Mark(SqliteConnection connection, SqliteTransaction transaction, string recordId, int revision) =>
        Execute(connection, transaction,
            """
            INSERT OR IGNORE INTO review_unpublished_changes (record_id, revision)
            SELECT record_id, revision FROM review_completions WHERE record_id = $id AND revision = $revision
            """, ("$id", recordId), ("$revision", revision));

    /// <summary>Marks every revision of the record that is marked reviewed.</summary>
    public static void MarkEveryCompleted(SqliteConnection connection, SqliteTransaction transaction, string recordId) =>
        Execute(connection, transaction,
            """
            INSERT OR IGNORE INTO review_unpublished_changes (record_id, revision)
            SELECT record_id, revision FROM review_completions WHERE record_id = $id
            """, ("$id", recordId));

    public static void Clear(SqliteConnection connection, SqliteTransaction transaction, string recordId, int revision) =>
        Execute(connection, transaction, "DELETE FROM review_unpublished_changes WHERE record_id = $id AND revision = $revision",
            ("$id", recordId), ("$revision", revision));

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string, object?)[] parameters)
    {
        using var command = SqliteDatabase.Command(connection, sql, parameters);
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
