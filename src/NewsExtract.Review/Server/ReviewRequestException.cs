namespace NewsExtract.Review.Server;

/// <summary>A review request that cannot be carried out, with the reason to show the reviewer (answered with 400).</summary>
public sealed class ReviewRequestException(string message) : Exception(message);
