namespace NewsExtract.Core.Records;

/// <summary>
/// Who set an event's <c>status</c> (schema version 3, <c>events[].statusSource</c>): the models, from the grammar
/// of the trigger's clause, or an analyst in review. A reviewed record keeps <see cref="Model"/> where the analyst
/// left the detected status as it was.
/// </summary>
public static class StatusSources
{
    public const string Model = "model";
    public const string Review = "review";

    public static IReadOnlyList<string> All { get; } = [Model, Review];
}
