using System.CommandLine;
using NewsExtract.Review.Reviewers;
using NewsExtract.Storage.Review;
using NewsExtract.Worker.Hosting;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract review add-reviewer NAME [--db PATH]</c>: adds a reviewer account (or sets a new secret) in the state
/// database (in cluster mode, the cluster's PostgreSQL database: see <see cref="ReviewStoreSelection"/>). The secret comes from NEWSEXTRACT_REVIEWER_SECRET or the first line of standard input, never from the
/// command line (which other users can read); only its hash is stored. Once accounts exist, the review page asks
/// reviewers to sign in and signs every decision with the signed-in name.
/// </summary>
public static class ReviewAccountCommand
{
    public const string SecretVariable = "NEWSEXTRACT_REVIEWER_SECRET";

    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The reviewer's name (as decisions are signed)" };
        var db = new Option<FileInfo>("--db") { Description = "The worker's state database", DefaultValueFactory = _ => new FileInfo(Path.Combine("out", "state.db")) };
        var command = new Command("add-reviewer", $"Add a reviewer account (secret from {SecretVariable} or standard input)") { name, db };
        command.SetAction(async (parse, ct) =>
        {
            var reviewer = parse.GetValue(name)!.Trim();
            var database = parse.GetValue(db)!;
            if (reviewer.Length is 0 or > 64)
            {
                await Console.Error.WriteLineAsync("newsextract review add-reviewer: the name needs 1 to 64 characters.");
                return 2;
            }
            var postgres = ReviewStoreSelection.PostgresConnectionString(out var settingsError);
            if (settingsError is not null)
            {
                await Console.Error.WriteLineAsync($"newsextract review add-reviewer: {settingsError}");
                return 2;
            }
            if (postgres is null && !database.Exists)
            {
                await Console.Error.WriteLineAsync($"newsextract review add-reviewer: no state database at {database.FullName} (--db).");
                return 2;
            }
            var secret = Environment.GetEnvironmentVariable(SecretVariable) is { Length: > 0 } fromEnvironment
                ? fromEnvironment
                : (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r', '\n') ?? "";
            string hash;
            try
            {
                hash = ReviewerSecrets.Hash(reviewer, secret);
            }
            catch (ArgumentException ex)
            {
                await Console.Error.WriteLineAsync($"newsextract review add-reviewer: {ex.Message}");
                return 2;
            }
            using (var storage = postgres is null ? ReviewStorage.Sqlite(database.FullName) : ReviewStorage.Postgres(postgres))
                storage.Accounts.Save(reviewer, hash, DateTimeOffset.UtcNow);
            Console.WriteLine($"Reviewer {reviewer} can now sign in to the review page.");
            return 0;
        });
        return command;
    }
}
