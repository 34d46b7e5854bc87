namespace NewsExtract.Extraction.Numbers.Dates;

/// <summary>The text being scanned and the day it was published, which relative and year-less dates resolve against.</summary>
internal readonly record struct DateContext(string Text, DateOnly? Published);
