using System.Text;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Review.Annotations;

namespace NewsExtract.Review.Pages;

/// <summary>
/// The article view: the workspace (text, highlights, tables), the edit panel, the "add selection as" bar, the
/// completion question, the help overlay, and the action bar whose buttons do what the keys do (mouse and touch).
/// </summary>
public static class ArticleViewPage
{
    /// <summary>Every action: its id for the script, its key, and what it does; the action bar and the help overlay list them.</summary>
    public static readonly IReadOnlyList<(string Action, string Key, string Text)> Actions =
    [
        ("prev", "k", "Previous"),
        ("next", "j", "Next"),
        ("prev-pending", "p", "Previous pending"),
        ("next-pending", "n", "Next pending"),
        ("accept", "a", "Accept"),
        ("reject", "x", "Reject"),
        ("accept-entity", "A", "Accept entity (all mentions)"),
        ("reject-entity", "X", "Reject entity everywhere"),
        ("accept-type", "t", "Accept the rest of this type"),
        ("reject-type", "T", "Reject this type in the article"),
        ("edit", "e", "Edit"),
        ("undo", "u", "Undo"),
        ("complete", "c", "Mark reviewed"),
        ("help", "?", "Help"),
    ];

    public static string Render(ArticleView view, string csrfToken, string queue, bool signOut = false)
    {
        var body = new StringBuilder($"<main class=\"article-main\" data-queue=\"{Html.E(queue)}\">");
        body.Append(ArticleWorkspace.Render(view));
        body.Append(Editor());
        body.Append(Adder());
        body.Append(CompletionQuestion());
        body.Append(Help());
        body.Append("<div id=\"toast\" role=\"status\" aria-live=\"polite\" hidden></div>");
        body.Append("</main>");
        body.Append("<footer class=\"keybar\" role=\"toolbar\" aria-label=\"Review actions (keys in brackets)\">");
        foreach (var (action, key, text) in Actions)
            body.Append($"<button type=\"button\" class=\"act\" data-action=\"{action}\" aria-keyshortcuts=\"{Html.E(key == "?" ? "Shift+?" : key)}\"><kbd>{Html.E(key)}</kbd> <span>{Html.E(text)}</span></button>");
        body.Append("<span id=\"selection-info\" class=\"muted\" aria-live=\"polite\"></span></footer>");
        return PageLayout.Render(view.Stored.Record.Title ?? view.Stored.Record.Id, body.ToString(), csrfToken, view.Reviewer, "article-page", signOut);
    }

    private static string Options(IEnumerable<string> values) => string.Concat(values.Select(v => $"<option value=\"{Html.E(v)}\">{Html.E(v)}</option>"));

    private static string Editor()
    {
        var eventTypes = Options(EventTypes.All);
        var kinds = string.Concat(AnnotationKinds.Addable.Select(k => $"<option value=\"{k}\">{AnnotationKinds.Label(k)} · {AnnotationKinds.Title(k)}</option>"));
        return $"""
            <section id="editor" class="editor" hidden role="dialog" aria-labelledby="editor-title">
              <h2 id="editor-title">Correct</h2>
              <form id="editor-form" autocomplete="off">
                <div class="field"><label for="ed-type">Type</label>
                  <select id="ed-type" name="type" data-kinds="{Html.E(kinds)}" data-events="{Html.E(eventTypes)}"></select></div>
                <div class="field span-field"><span class="label">Span</span>
                  <div><code id="ed-span"></code><div class="hint">Select text in the article to change the span.</div></div></div>
                <div class="field only-official"><label for="ed-title">Title</label><input id="ed-title" name="title"></div>
                <div class="field only-official"><label for="ed-country">Country</label><input id="ed-country" name="country"></div>
                <div class="field only-official"><label for="ed-organization">Organisation</label><input id="ed-organization" name="organization"></div>
                <div class="field only-money"><label for="ed-amount">Amount</label><input id="ed-amount" name="amount" inputmode="decimal"></div>
                <div class="field only-money"><label for="ed-amountMax">Up to (range)</label><input id="ed-amountMax" name="amountMax" inputmode="decimal" placeholder="only for a range"></div>
                <div class="field only-money"><label for="ed-currency">Currency</label><input id="ed-currency" name="currency" maxlength="3" placeholder="USD"></div>
                <div class="field only-money"><label for="ed-measure">Measure</label><select id="ed-measure" name="measure"><option value="">—</option>{Options(MoneyMeasures.All)}</select></div>
                <div class="field only-money"><label for="ed-period">Period</label><input id="ed-period" name="period" placeholder="January-June 2024"></div>
                <div class="field only-money"><label for="ed-change">Change</label><select id="ed-change" name="change"><option value="">— none stated</option>{Options(ChangeDirections.All)}</select></div>
                <div class="field only-percentage"><label for="ed-value">Value</label><input id="ed-value" name="value" inputmode="decimal"></div>
                <div class="field only-percentage"><label for="ed-unit">Unit</label><select id="ed-unit" name="unit"><option value="percent">percent</option><option value="percentagePoints">percentage points</option></select></div>
                <div class="field only-date only-event"><label for="ed-when">Date (ISO 8601)</label><input id="ed-when" name="when" placeholder="2024-05-14 or 2024-01/2024-03"></div>
                <fieldset class="field only-event" id="ed-participants-field"><legend class="label">Participants</legend>
                  <div id="ed-participants" class="pick-list"></div>
                  <div class="inline"><input id="ed-participant-new" aria-label="Another participant" placeholder="Another name, or select text">
                  <select id="ed-participant-role" aria-label="Role of the participant to add">{Options(EventRoles.All)}</select>
                  <button type="button" class="btn" id="ed-participant-add">Add</button></div></fieldset>
                <div class="field only-event"><label for="ed-status">Status</label><select id="ed-status" name="status"><option value="">— not stated</option>{Options(EventStatuses.All)}</select></div>
                <div class="field only-event"><label for="ed-location">Place</label><input id="ed-location" name="location" list="ed-locations"><datalist id="ed-locations"></datalist></div>
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
        var buttons = string.Concat(AnnotationKinds.Addable.Select((k, i) =>
            $"<button type=\"button\" class=\"btn add-kind k-{k}\" data-kind=\"{k}\"><kbd>{i + 1}</kbd> {AnnotationKinds.Label(k)}</button>"));
        return $"""<div id="adder" class="adder" hidden role="toolbar" aria-label="Add the selected text as"><span class="adder-label">Add selection as</span>{buttons}</div>""";
    }

    private static string CompletionQuestion() =>
        """
        <div id="confirm" class="overlay" hidden>
          <section class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-text">
            <h2 id="confirm-title">Mark this article reviewed?</h2>
            <p id="confirm-text"></p>
            <div class="dialog-actions">
              <button type="button" class="btn primary" id="confirm-accept">Accept them and mark reviewed <kbd>Enter</kbd></button>
              <button type="button" class="btn" id="confirm-pending">Go to the next pending <kbd>n</kbd></button>
              <button type="button" class="btn" id="confirm-cancel">Cancel <kbd>Esc</kbd></button>
            </div>
          </section>
        </div>
        """;

    private static string Help()
    {
        var rows = string.Concat(Actions.Select(a => $"<tr><td><kbd>{Html.E(a.Key)}</kbd></td><td>{Html.E(a.Text)}</td></tr>"));
        return $"""
            <div id="help" class="overlay" hidden>
              <section class="dialog" role="dialog" aria-modal="true" aria-labelledby="help-title">
                <h2 id="help-title">Keys and buttons</h2>
                <table class="help-table"><tbody>{rows}
                <tr><td>select text, <kbd>1</kbd>–<kbd>8</kbd></td><td>Add it as PER, OFFICIAL, ORG, LOC, MONEY, PCT, DATE or EVENT</td></tr>
                <tr><td><kbd>Tab</kbd></td><td>Move through the highlights; <kbd>Enter</kbd> selects one</td></tr>
                <tr><td><kbd>Esc</kbd></td><td>Close a panel</td></tr></tbody></table>
                <p class="muted">Every key has a button in the bar at the bottom. The legend's type names show or hide each type's highlights.</p>
                <div class="dialog-actions"><button type="button" class="btn primary" id="help-close">Close <kbd>Esc</kbd></button></div>
              </section>
            </div>
            """;
    }
}
