namespace NewsExtract.Storage.Review;

/// <summary>
/// An article given to a reviewer: as its <see cref="ReviewRoles.First"/> reviewer (whose decisions make the reviewed
/// record) or as <see cref="ReviewRoles.Second"/> (a blind second opinion, compared for agreement).
/// </summary>
public sealed record ReviewAssignment(string RecordId, string Reviewer, string Role, string AssignedBy, DateTimeOffset AssignedAt, DateTimeOffset? CompletedAt);
