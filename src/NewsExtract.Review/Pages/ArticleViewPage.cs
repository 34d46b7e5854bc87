using System.Text;
using NewsExtract.Core.Documents;
using NewsExtract.Review.Annotations;

namespace NewsExtract.Review.Pages;

/// <summary>
/// The article view: the workspace (text, highlights, tables), the edit panel, the "add selection as" bar, and
/// the keyboard legend that stays on screen.
/// </summary>
public static class ArticleViewPage
{
    public static string Render(ArticleView view, string csrfToken)
    {
        var body = new StringBuilder("<main class=\"article-main\">");
        body.Append(ArticleWorkspace.Render(view));
        body.Append(Editor());
        body.Append(Adder());
        body.Append("<div id=\"toast\" role=\"status\" aria-live=\"polite\" hidden></div>");
        body.Append("</main>");
        body.Append(
            """
            <footer class="keybar" aria-label="Keyboard shortcuts">
              <span><kbd>j</kbd>/<kbd>k</kbd> next / previous</span>
              <span><kbd>a</kbd> accept</span>
              <span><kbd>x</kbd> reject</span>
              <span><kbd>e</kbd> edit (type, span, title, country, amount)</span>
              <span><kbd>u</kbd> undo</span>
              <span>select text, then <kbd>1</kbd>–<kbd>5</kbd> add entity</span>
              <span><kbd>c</kbd> mark reviewed</span>
              <span id="selection-info" class="muted"></span>
            </footer>
            """);
        return PageLayout.Render(view.Stored.Record.Title ?? view.Stored.Record.Id, body.ToString(), csrfToken, view.Reviewer, "article-page");
    }

    private static string Editor()
    {
        var eventTypes = string.Concat(EventTypes.All.Select(t => $"<option value=\"{Html.E(t)}\">{Html.E(t)}</option>"));
        var kinds = string.Concat(AnnotationKinds.Assignable.Select(k => $"<option value=\"{k}\">{AnnotationKinds.Label(k)} · {AnnotationKinds.Title(k)}</option>"));
        return $"""
            <section id="editor" class="editor" hidden aria-label="Correct the selected extraction">
              <h2 id="editor-title">Correct</h2>
              <form id="editor-form" autocomplete="off">
                <div class="field"><label for="ed-type">Type</label>
                  <select id="ed-type" name="type" data-kinds="{Html.E(kinds)}" data-events="{Html.E(eventTypes)}"></select></div>
                <div class="field span-field"><label>Span</label>
                  <div><code id="ed-span"></code><div class="hint">Select text in the article to change the span.</div></div></div>
                <div class="field only-official"><label for="ed-title">Title</label><input id="ed-title" name="title"></div>
                <div class="field only-official"><label for="ed-country">Country</label><input id="ed-country" name="country"></div>
                <div class="field only-money"><label for="ed-amount">Amount</label><input id="ed-amount" name="amount" inputmode="decimal"></div>
                <div class="field only-money"><label for="ed-currency">Currency</label><input id="ed-currency" name="currency" maxlength="3" placeholder="USD"></div>
                <div class="field only-money"><label for="ed-measure">Measure</label><input id="ed-measure" name="measure" placeholder="trade turnover"></div>
                <div class="field only-money"><label for="ed-period">Period</label><input id="ed-period" name="period" placeholder="January-June 2024"></div>
                <div class="editor-actions">
                  <button type="submit" class="btn primary" id="ed-save">Save <kbd>Enter</kbd></button>
                  <button type="button" class="btn" id="ed-cancel">Cancel <kbd>Esc</kbd></button>
                </div>
              </form>
            </section>
            """;
    }

    private static string Adder()
    {
        var buttons = string.Concat(AnnotationKinds.Assignable.Select((k, i) =>
            $"<button type=\"button\" class=\"btn add-kind k-{k}\" data-kind=\"{k}\"><kbd>{i + 1}</kbd> {AnnotationKinds.Label(k)}</button>"));
        return $"""<div id="adder" class="adder" hidden><span class="adder-label">Add selection as</span>{buttons}</div>""";
    }
}
