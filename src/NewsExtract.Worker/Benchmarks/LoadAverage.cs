namespace NewsExtract.Worker.Benchmarks;

/// <summary>The machine's one-minute load average (Linux <c>/proc/loadavg</c>), printed beside speed figures; "n/a" elsewhere.</summary>
public static class LoadAverage
{
    public static string Read()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "n/a"; }
        catch (UnauthorizedAccessException) { return "n/a"; }
    }
}
