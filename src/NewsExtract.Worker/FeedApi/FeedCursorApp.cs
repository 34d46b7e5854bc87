using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NewsExtract.Storage.State;

namespace NewsExtract.Worker.FeedApi;

/// <summary>
/// <c>GET /feed?after=SEQ&amp;limit=N</c> over the store's published records: the records after feed sequence SEQ,
/// in order, as <c>{"after":SEQ,"next":LAST,"records":[{"seq":…,"record":{…}}]}</c>. A consumer keeps <c>next</c> and
/// asks again with <c>after=next</c>; the sequence is gap-free, so it sees every record once. Any node can serve it
/// (it reads the shared store).
/// </summary>
public static class FeedCursorApp
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static WebApplication Create(IRecordOutbox outbox, string address, int port)
    {
        if (!IPAddress.TryParse(address, out var ip)) throw new ArgumentException($"--bind '{address}' is not an IP address.");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(ip, port));
        var app = builder.Build();
        app.MapGet("/feed", (HttpContext context) => Serve(context, outbox));
        return app;
    }

    private static async Task Serve(HttpContext context, IRecordOutbox outbox)
    {
        if (!TryRead(context.Request.Query["after"], 0, out long after) || after < 0
            || !TryRead(context.Request.Query["limit"], DefaultLimit, out long limit) || limit < 1 || limit > MaxLimit)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"after must be a whole number ≥ 0 and limit one from 1 to {MaxLimit}\n");
            return;
        }
        var entries = outbox.FeedAfter(after, (int)limit);
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteNumber("after", after);
        json.WriteNumber("next", entries.Count == 0 ? after : entries[^1].Sequence);
        json.WriteStartArray("records");
        foreach (var entry in entries)
        {
            json.WriteStartObject();
            json.WriteNumber("seq", entry.Sequence);
            json.WritePropertyName("record");
            json.WriteRawValue(entry.JsonLine, skipInputValidation: true);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync();
    }

    private static bool TryRead(Microsoft.Extensions.Primitives.StringValues values, long fallback, out long value)
    {
        if (values.Count == 0) { value = fallback; return true; }
        return long.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
