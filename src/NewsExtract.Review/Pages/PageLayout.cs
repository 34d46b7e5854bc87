namespace NewsExtract.Review.Pages;

/// <summary>
/// The HTML document around every page: top bar (with a sign-out button when reviewers sign in with accounts), the
/// stylesheet, the script, and the CSRF token for POSTs.
/// </summary>
public static class PageLayout
{
    public static string Render(string title, string body, string csrfToken, string reviewer, string? bodyClass = null, bool signOut = false) =>
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="csrf-token" content="{Html.E(csrfToken)}">
        <title>{Html.E(title)} · NewsExtract Review</title>
        <link rel="stylesheet" href="/assets/review.css">
        <script src="/assets/review.js" defer></script>
        </head>
        <body class="{Html.E(bodyClass)}">
        <header class="topbar">
          <a class="brand" href="/"><span class="brand-mark" aria-hidden="true">NE</span> NewsExtract <span class="brand-sub">Review</span></a>
          <nav class="topnav" aria-label="Pages"><a href="/">Articles</a><a href="/stats">Statistics</a></nav>
          <div class="reviewer" title="Decisions are saved under this name">Reviewer: <strong>{Html.E(reviewer)}</strong></div>{(signOut ? SignOutForm(csrfToken) : "")}
        </header>
        {body}
        </body>
        </html>
        """;

    /// <summary>A plain form POST (works without the script) carrying the page's CSRF token; the server also checks the origin.</summary>
    private static string SignOutForm(string csrfToken) =>
        $"<form class=\"signout\" method=\"post\" action=\"/signout\"><input type=\"hidden\" name=\"csrf\" value=\"{Html.E(csrfToken)}\">" +
        "<button type=\"submit\" class=\"btn signout-button\">Sign out</button></form>";
}
