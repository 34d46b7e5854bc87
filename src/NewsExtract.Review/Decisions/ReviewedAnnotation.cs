using NewsExtract.Review.Annotations;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Decisions;

/// <summary>
/// An annotation as extracted (<see cref="Original"/>, null for one a reviewer added) and as it stands after the
/// decisions (<see cref="Current"/>), with its <see cref="State"/> and the last decision that touched it.
/// </summary>
public sealed record ReviewedAnnotation(Annotation? Original, Annotation Current, string State, ReviewDecision? LastDecision)
{
    public string Key => Current.Key;

    public bool IsKept => State != AnnotationStates.Rejected;
}
