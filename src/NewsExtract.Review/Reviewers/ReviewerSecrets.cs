using Microsoft.AspNetCore.Identity;

namespace NewsExtract.Review.Reviewers;

/// <summary>
/// Hashes and checks reviewers' secrets with ASP.NET Core Identity's password hasher (PBKDF2 with a random salt and
/// many iterations, versioned so the format can move on); the secret itself is never stored.
/// </summary>
public static class ReviewerSecrets
{
    public const int MinimumLength = 10;

    private static readonly PasswordHasher<string> Hasher = new();

    public static string Hash(string reviewer, string secret)
    {
        if (secret.Length < MinimumLength)
            throw new ArgumentException($"A reviewer's secret needs at least {MinimumLength} characters.");
        return Hasher.HashPassword(reviewer, secret);
    }

    public static bool Verify(string reviewer, string hash, string secret) =>
        Hasher.VerifyHashedPassword(reviewer, hash, secret) is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;
}
