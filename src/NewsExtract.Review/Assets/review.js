// NewsExtract review page: decisions on an article's extractions by key, mouse or touch. Plain script, no build step.
// The server renders everything; after each decision it sends the new #workspace, which replaces the old one.
(() => {
  'use strict';
  const main = document.querySelector('.article-main');
  if (!main) return;

  const csrf = document.querySelector('meta[name="csrf-token"]')?.content ?? '';
  const $ = (selector, root = document) => root.querySelector(selector);
  const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));
  const ADD_KINDS = ['person', 'official', 'organization', 'location', 'money', 'percentage', 'date', 'event'];
  const ENTITY_KINDS = ['person', 'official', 'organization', 'location'];
  const HIDDEN_KEY = 'newsextract-review-hidden-kinds';

  let items = [];
  let index = -1;
  let selectedKey = null;
  let editing = null;   // { mode: 'correct' | 'add', item, kind, span }
  let adding = null;    // { start, end, text } while the "add selection as" bar shows
  let overlay = null;   // the open overlay (help or the completion question) and where focus returns
  let queue = Promise.resolve();
  const hidden = new Set(JSON.parse(localStorage.getItem(HIDDEN_KEY) || '[]'));

  const workspace = () => $('#workspace');
  const doc = () => $('#doc');

  function load() {
    items = JSON.parse($('#annotations-data').textContent || '[]');
    applyToggles();
  }

  function short(text) {
    return text.length > 48 ? text.slice(0, 45) + '…' : text;
  }

  const visible = it => !hidden.has(it.kind);
  const pendingCount = () => items.filter(it => it.state === 'pending').length;

  // ---- Selection and navigation -----------------------------------------------------------------------------
  function select(i, scroll = true, focus = true) {
    $$('.sel').forEach(e => e.classList.remove('sel'));
    if (items.length === 0) { index = -1; info(); return; }
    index = Math.max(0, Math.min(items.length - 1, i));
    const key = items[index].key;
    selectedKey = key;
    $$('[data-key]', workspace()).forEach(e => {
      if (e.dataset.key !== key) return;
      e.classList.add('sel');
      e.closest('tr')?.classList.add('sel');
    });
    const mark = $('#doc .sel[tabindex]') ?? $('#doc .sel');
    if (scroll) {
      mark?.scrollIntoView({ block: 'center' });
      $('.side tr.sel')?.scrollIntoView({ block: 'nearest' });
    }
    if (focus && mark && !editing && !overlay) mark.focus({ preventScroll: true });
    history.replaceState(null, '', location.pathname + location.search + '#' + encodeURIComponent(key));
    info();
  }

  function selectKey(key, scroll = true, focus = true) {
    const i = items.findIndex(it => it.key === key);
    if (i >= 0) select(i, scroll, focus);
    return i >= 0;
  }

  /** The next (step 1) or previous (step -1) visible item from `from`, optionally only pending ones, wrapping for pending. */
  function step(from, direction, pendingOnly) {
    const n = items.length;
    for (let k = 1; k <= n; k++) {
      let i = from + direction * k;
      if (pendingOnly) i = ((i % n) + n) % n;
      else if (i < 0 || i >= n) return -1;
      const it = items[i];
      if (visible(it) && (!pendingOnly || it.state === 'pending')) return i;
    }
    return -1;
  }

  function move(direction, pendingOnly) {
    const i = step(index, direction, pendingOnly);
    if (i >= 0) select(i);
    else if (pendingOnly) { toast('Nothing pending here: press c to mark the article reviewed'); $('#complete-button')?.focus(); }
  }

  /** After a decision: the next pending extraction after the one decided, else stay. */
  function advanceFrom(key) {
    const at = items.findIndex(x => x.key === key);
    const i = step(at >= 0 ? at : index, 1, true);
    if (i >= 0) select(i);
    else {
      if (at >= 0) select(at, false); else select(index, false);
      toast('All decided: press c to mark the article reviewed');
    }
  }

  function info() {
    const it = items[index];
    const pending = pendingCount();
    $('#selection-info').textContent = it
      ? `${index + 1}/${items.length} · ${it.label} “${short(it.text)}” · ${it.state} · ${pending} pending`
      : '';
  }

  function toast(message, isError = false) {
    const t = $('#toast');
    t.textContent = message;
    t.classList.toggle('error', isError);
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { t.hidden = true; }, isError ? 6000 : 2200);
  }

  // ---- Requests ---------------------------------------------------------------------------------------------
  // POSTs run one after another, so fast key presses apply in order.
  // Opened from the statistics page's "Settle": the next decision about that extraction — or, in bulk, about its
  // entity or type — settles the disagreement with the second reviewer, whether it keeps the first decision or not.
  const settling = new URLSearchParams(location.search).get('settle');
  function settles(path, body) {
    if (!settling || (path !== 'decisions' && path !== 'bulk') || !body.target) return false;
    if (body.target === settling) return true;
    const it = items.find(x => x.key === body.target), goal = items.find(x => x.key === settling);
    if (path !== 'bulk' || !it || !goal || it.kind !== goal.kind) return false;
    return body.scope === 'type' || it.group === goal.group;
  }

  function post(path, body, after) {
    if (settles(path, body)) body = { ...body, settles: true };
    queue = queue.then(async () => {
      const ws = workspace();
      const response = await fetch(`/api/articles/${encodeURIComponent(ws.dataset.id)}/${path}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
        body: JSON.stringify({ revision: Number(ws.dataset.revision), ...body }),
      });
      const text = await response.text();
      if (!response.ok) { toast(text || `${response.status} ${response.statusText}`, true); return; }
      ws.outerHTML = text;
      load();
      if (body.settles) $('#settle-banner').textContent = 'Settled: this disagreement leaves the statistics page’s list (u takes the decision back).';
      if (after) after(); else if (!selectKey(selectedKey, false)) select(index, false);
    }).catch(error => toast(String(error), true));
    return queue;
  }

  function decide(action) {
    const it = items[index];
    if (!it) return;
    post('decisions', { action, target: it.key }, () => advanceFrom(it.key));
  }

  function bulk(action, scope) {
    const it = items[index];
    if (!it) return;
    const what = scope === 'entity' ? `“${short(it.text)}”` : it.label.split(' ')[0];
    post('bulk', { action, scope, target: it.key }, () => {
      toast(`${action === 'accept' ? 'Accepted' : 'Rejected'} ${what}${scope === 'type' ? ' (all of the type)' : ' (every mention)'}`);
      advanceFrom(it.key);
    });
  }

  function undo() {
    post('undo', {});
  }

  function goToQueue() {
    const q = main.dataset.queue || '';
    location.href = `/next?${q ? q + '&' : ''}after=${encodeURIComponent(workspace().dataset.id)}`;
  }

  function complete() {
    const done = $('#complete-button')?.dataset.done !== 'false';
    if (!done) { post('complete', { done: false }, () => { select(index, false); toast('Review reopened'); }); return; }
    const pending = pendingCount();
    if (pending > 0) { askToComplete(pending); return; }
    post('complete', { done: true }, () => { toast('Article marked reviewed'); goToQueue(); });
  }

  // ---- Overlays: the completion question and help -------------------------------------------------------------
  function openOverlay(id, focusId) {
    closeOverlay();
    overlay = { element: $(id), returnTo: document.activeElement };
    overlay.element.hidden = false;
    $(focusId).focus();
  }

  function closeOverlay() {
    if (!overlay) return;
    const { element, returnTo } = overlay;
    overlay = null;
    element.hidden = true;
    if (returnTo && document.contains(returnTo)) returnTo.focus({ preventScroll: true });
  }

  function askToComplete(pending) {
    $('#confirm-text').textContent =
      `${pending} extraction${pending === 1 ? ' is' : 's are'} still pending. Accept ${pending === 1 ? 'it' : 'them'} and mark the article reviewed?`;
    openOverlay('#confirm', '#confirm-accept');
  }

  function confirmComplete() {
    closeOverlay();
    post('complete', { done: true, pending: 'accept' }, () => { toast('Article marked reviewed'); goToQueue(); });
  }

  function toggleHelp() {
    if (overlay?.element.id === 'help') closeOverlay(); else openOverlay('#help', '#help-close');
  }

  // ---- Type toggles ------------------------------------------------------------------------------------------
  function applyToggles() {
    const d = doc();
    if (!d) return;
    for (const button of $$('[data-toggle-kind]')) {
      const kind = button.dataset.toggleKind;
      d.classList.toggle('hide-k-' + kind, hidden.has(kind));
      button.setAttribute('aria-pressed', String(!hidden.has(kind)));
    }
    const labels = document.body.classList.contains('show-labels');
    $('#labels-toggle')?.setAttribute('aria-pressed', String(labels));
  }

  function toggleKind(kind) {
    if (hidden.has(kind)) hidden.delete(kind); else hidden.add(kind);
    localStorage.setItem(HIDDEN_KEY, JSON.stringify([...hidden]));
    applyToggles();
  }

  // ---- Text selection → character offsets into the article text -------------------------------------------
  function offsetOf(node, offset) {
    const range = document.createRange();
    range.setStart(doc(), 0);
    range.setEnd(node, offset);
    return range.toString().length;   // text nodes only: labels are CSS-generated, not text
  }

  function selectionSpan() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const root = doc();
    if (!root || !root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
    const text = root.textContent;
    let start = offsetOf(range.startContainer, range.startOffset);
    let end = offsetOf(range.endContainer, range.endOffset);
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return start < end ? { start, end, text: text.slice(start, end) } : null;
  }

  // ---- Add a missing extraction -----------------------------------------------------------------------------
  function showAdder(span) {
    adding = span;
    const bar = $('#adder');
    const rect = window.getSelection().getRangeAt(0).getBoundingClientRect();
    bar.hidden = false;
    const width = bar.offsetWidth;
    bar.style.left = `${Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8))}px`;
    bar.style.top = `${rect.bottom + window.scrollY + 8}px`;
  }

  function hideAdder() {
    adding = null;
    $('#adder').hidden = true;
  }

  function addAs(kind) {
    const span = adding;
    hideAdder();
    if (!span) return;
    if (!ENTITY_KINDS.includes(kind)) { openEditor('add', span, kind); return; }
    window.getSelection()?.removeAllRanges();
    post('decisions', { action: 'add', type: kind, start: span.start, end: span.end }, () => {
      const i = items.findIndex(x => x.start === span.start && x.end === span.end && x.kind === kind);
      select(i >= 0 ? i : index, false);
      toast(`Added ${kind} “${short(span.text)}”`);
    });
  }

  // ---- Edit panel --------------------------------------------------------------------------------------------
  const option = (value, text) => { const o = document.createElement('option'); o.value = value; o.textContent = text ?? value; return o; };

  function entityNames() {
    const names = [];
    for (const it of items) {
      if (!ENTITY_KINDS.includes(it.kind) || it.state === 'rejected') continue;
      const name = it.name || it.text;
      if (!names.includes(name)) names.push(name);
    }
    return names;
  }

  // Each participant: a box to keep or drop it and its role (initially the role it has, else other).
  function participantBox(name, checked, role) {
    const id = 'pp-' + $$('#ed-participants input').length;
    const row = document.createElement('span');
    row.className = 'pick';
    const label = document.createElement('label');
    label.htmlFor = id;
    const box = document.createElement('input');
    box.type = 'checkbox'; box.id = id; box.value = name; box.checked = checked;
    label.append(box, document.createTextNode(' ' + name));
    const select = document.createElement('select');
    select.className = 'pick-role';
    select.id = id + '-role';
    select.dataset.name = name;
    select.setAttribute('aria-label', `Role of ${name}`);
    // The roles are the schema's, rendered by the server into the "add a participant" role list.
    for (const o of $$('#ed-participant-role option')) select.append(option(o.value));
    select.dataset.initial = role ?? 'other';
    select.value = select.dataset.initial;
    row.append(label, select);
    $('#ed-participants').append(row);
    return select;
  }

  function addParticipant(name) {
    name = (name || '').trim();
    if (!name) return;
    const role = $('#ed-participant-role').value;
    const existing = $$('#ed-participants input[type=checkbox]').find(b => b.value === name);
    if (existing) {
      existing.checked = true;
      $('#' + existing.id + '-role').value = role;
    } else participantBox(name, true).value = role;
    $('#ed-participant-new').value = '';
    $('#ed-participant-role').value = 'other';
  }

  function openEditor(mode = 'correct', span = null, kind = null) {
    const it = mode === 'correct' ? items[index] : null;
    if (mode === 'correct' && !it) return;
    hideAdder();
    const editor = $('#editor');
    const type = $('#ed-type');
    editing = { mode, item: it, kind: it ? it.kind : kind, span: span ?? { start: it.start, end: it.end, text: it.text } };
    type.replaceChildren();
    if (editing.kind === 'event') type.innerHTML = type.dataset.events;
    else if (it) for (const t of it.types) type.append(option(t));
    else type.innerHTML = type.dataset.kinds;
    type.value = it ? (it.kind === 'event' ? it.eventType : it.kind) : (kind === 'event' ? 'Meeting' : kind);
    const set = (id, value) => {
      const field = $(id);
      // A list whose options lack the extracted value (a record from before the vocabulary) shows it as it is,
      // so saving another field does not clear it; the server accepts only the list's values.
      $$('option[data-extracted]', field).forEach(o => o.remove());
      if (field.tagName === 'SELECT' && value && !$$('option', field).some(o => o.value === value)) {
        const extracted = option(value, `${value} (as extracted, not in the list)`);
        extracted.dataset.extracted = 'true';
        field.append(extracted);
      }
      field.value = value ?? '';
    };
    set('#ed-title', it?.title); set('#ed-country', it?.country); set('#ed-organization', it?.organization);
    set('#ed-amount', it?.amount); set('#ed-amountMax', it?.amountMax); set('#ed-currency', it?.currency);
    set('#ed-measure', it?.measure); set('#ed-period', it?.period); set('#ed-change', it?.change);
    set('#ed-value', it?.value); $('#ed-unit').value = it?.unit ?? 'percent';
    set('#ed-when', it ? (it.kind === 'event' ? it.eventDate : it.dateValue) : '');
    set('#ed-location', it?.location); set('#ed-status', it?.eventStatus);
    $('#ed-participants').replaceChildren();
    $('#ed-locations').replaceChildren(...items.filter(x => x.kind === 'location').map(x => x.name || x.text)
      .filter((v, i, all) => all.indexOf(v) === i).map(v => option(v)));
    if (editing.kind === 'event') {
      const current = it?.participants ?? [];
      const roles = it?.roles ?? {};
      const names = entityNames();
      for (const name of names) participantBox(name, current.includes(name), roles[name]);
      for (const name of current) if (!names.includes(name)) participantBox(name, true, roles[name]);
      $('#ed-participant-role').value = 'other';
    }
    const titles = { event: 'event', percentage: 'percentage', date: 'date', money: 'amount of money' };
    $('#editor-title').textContent = mode === 'add' ? `Add ${titles[editing.kind] ?? 'entity'}` : `Correct ${it.label}`;
    showSpan();
    syncKind();
    editor.hidden = false;
    type.focus();
  }

  function showSpan() {
    const s = editing.span;
    $('#ed-span').textContent = `[${s.start}, ${s.end}) “${short(s.text)}”`;
  }

  function syncKind() {
    const type = $('#ed-type').value;
    $('#editor').dataset.kind = editing.kind === 'event' ? 'event' : type;
  }

  function closeEditor() {
    editing = null;
    $('#editor').hidden = true;
    const mark = $('#doc .sel[tabindex]');
    mark?.focus({ preventScroll: true });
  }

  const FIELDS = {
    official: ['title', 'country', 'organization'],
    money: ['currency', 'measure', 'period', 'change'],
    percentage: ['unit'],
    date: [],
    event: ['location', 'status'],
  };
  const NUMBERS = { money: ['amount', 'amountMax'], percentage: ['value'] };

  function saveEditor() {
    const ed = editing;
    if (!ed) return;
    const value = id => $(id).value.trim();
    const type = $('#ed-type').value;
    const kind = ed.kind === 'event' ? 'event' : type;
    const it = ed.item;
    const body = ed.mode === 'add'
      ? { action: 'add', type: kind, start: ed.span.start, end: ed.span.end }
      : { action: 'correct', target: it.key };
    if (ed.mode === 'add' && kind === 'event') body.eventType = type;
    if (ed.mode === 'correct') {
      if (type !== (it.kind === 'event' ? it.eventType : it.kind)) body.type = type;
      if (ed.span.start !== it.start || ed.span.end !== it.end) { body.start = ed.span.start; body.end = ed.span.end; }
    }
    const FIELD_OF = { status: 'eventStatus' };   // form field → item property where the names differ
    const changed = (field, v) => ed.mode === 'add' ? v !== '' : v !== String(it[FIELD_OF[field] ?? field] ?? '');
    for (const field of FIELDS[kind] ?? []) {
      const v = value('#ed-' + field);
      if (changed(field, v)) body[field] = v;
    }
    for (const field of NUMBERS[kind] ?? []) {
      const v = value('#ed-' + field).replace(/[,\s]/g, '');
      if (v !== '' && changed(field, v)) body[field] = v;
      else if (v === '' && field === 'amountMax' && ed.mode === 'correct' && it.amountMax != null) body[field] = '0';
    }
    if (kind === 'event' || kind === 'date') {
      const v = value('#ed-when');
      const current = it ? (kind === 'event' ? it.eventDate : it.dateValue) : null;
      if (ed.mode === 'add' ? v !== '' : v !== (current ?? '')) body.when = v;
    }
    if (kind === 'event') {
      addParticipant($('#ed-participant-new').value);
      // Participants kept stay in their order; newly picked ones follow.
      const checked = $$('#ed-participants input[type=checkbox]').filter(b => b.checked).map(b => b.value);
      const kept = (it?.participants ?? []).filter(p => checked.includes(p));
      const chosen = [...kept, ...checked.filter(p => !kept.includes(p))];
      if (ed.mode === 'add' ? chosen.length > 0 : chosen.join('\n') !== (it.participants ?? []).join('\n')) body.participants = chosen;
      // Roles the analyst changed, for the participants kept.
      const roles = {};
      for (const select of $$('#ed-participants select.pick-role'))
        if (chosen.includes(select.dataset.name) && select.value !== select.dataset.initial) roles[select.dataset.name] = select.value;
      if (Object.keys(roles).length > 0) body.roles = roles;
    }
    if (ed.mode === 'correct' && Object.keys(body).length === 2) { toast('Nothing changed'); closeEditor(); return; }
    closeEditor();
    window.getSelection()?.removeAllRanges();
    post('decisions', body, () => {
      if (ed.mode === 'add') {
        const i = items.findIndex(x => x.start === ed.span.start && x.end === ed.span.end && x.kind === kind);
        select(i >= 0 ? i : index, false);
        toast(`Added ${kind}`);
      } else if (!selectKey(selectedKey, false)) select(index, false);
    });
  }

  // ---- Actions: keys and buttons do the same ----------------------------------------------------------------
  const ACTIONS = {
    'next': () => move(1, false),
    'prev': () => move(-1, false),
    'next-pending': () => move(1, true),
    'prev-pending': () => move(-1, true),
    'accept': () => decide('accept'),
    'reject': () => decide('reject'),
    'accept-entity': () => bulk('accept', 'entity'),
    'reject-entity': () => bulk('reject', 'entity'),
    'accept-type': () => bulk('accept', 'type'),
    'reject-type': () => bulk('reject', 'type'),
    'edit': () => openEditor(),
    'undo': () => undo(),
    'complete': () => complete(),
    'help': () => toggleHelp(),
  };
  const KEYS = {
    j: 'next', k: 'prev', n: 'next-pending', p: 'prev-pending', a: 'accept', x: 'reject', A: 'accept-entity',
    X: 'reject-entity', t: 'accept-type', T: 'reject-type', e: 'edit', u: 'undo', c: 'complete', '?': 'help',
  };

  document.addEventListener('keydown', event => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (overlay) {
      if (event.key === 'Escape') { closeOverlay(); event.preventDefault(); }
      else if (overlay.element.id === 'confirm' && event.key === 'n') { closeOverlay(); move(1, true); event.preventDefault(); }
      else if (overlay.element.id === 'help' && event.key === '?') { closeOverlay(); event.preventDefault(); }
      else if (event.key === 'Tab') trapFocus(event);
      return;
    }
    if (editing) {
      if (event.key === 'Escape') { closeEditor(); event.preventDefault(); }
      else if (event.key === 'Enter' && event.target.id === 'ed-participant-new') { addParticipant(event.target.value); event.preventDefault(); }
      else if (event.key === 'Enter' && !event.target.closest('button')) { saveEditor(); event.preventDefault(); }
      return;
    }
    if (adding) {
      if (/^[1-8]$/.test(event.key)) { addAs(ADD_KINDS[Number(event.key) - 1]); event.preventDefault(); return; }
      if (event.key === 'Escape') { hideAdder(); event.preventDefault(); return; }
    }
    if (event.target.closest?.('input, select, textarea')) return;
    const onHighlight = event.target.closest?.('#doc [data-key]');
    if (onHighlight && (event.key === 'Enter' || event.key === ' ')) { selectKey(onHighlight.dataset.key, false); event.preventDefault(); return; }
    const action = KEYS[event.key];
    if (!action) return;
    ACTIONS[action]();
    event.preventDefault();
  });

  function trapFocus(event) {
    const focusable = $$('button, input, select, [tabindex]', overlay.element).filter(e => !e.disabled && e.offsetParent !== null);
    if (focusable.length === 0) return;
    const first = focusable[0], last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) { last.focus(); event.preventDefault(); }
    else if (!event.shiftKey && document.activeElement === last) { first.focus(); event.preventDefault(); }
  }

  document.addEventListener('click', event => {
    const actionButton = event.target.closest('.keybar [data-action]');
    if (actionButton) { ACTIONS[actionButton.dataset.action](); return; }
    const toggle = event.target.closest('[data-toggle-kind]');
    if (toggle) { toggleKind(toggle.dataset.toggleKind); return; }
    if (event.target.closest('#labels-toggle')) { document.body.classList.toggle('show-labels'); applyToggles(); return; }
    const addButton = event.target.closest('#adder [data-kind]');
    if (addButton) { addAs(addButton.dataset.kind); return; }
    if (event.target.closest('#complete-button')) { complete(); return; }
    if (event.target.closest('#ed-cancel')) { closeEditor(); return; }
    if (event.target.closest('#ed-participant-add')) { addParticipant($('#ed-participant-new').value); return; }
    if (event.target.closest('#confirm-accept')) { confirmComplete(); return; }
    if (event.target.closest('#confirm-pending')) { closeOverlay(); move(1, true); return; }
    if (event.target.closest('#confirm-cancel, #help-close')) { closeOverlay(); return; }
    if (event.target.classList?.contains('overlay')) { closeOverlay(); return; }
    // A tap's click may be retargeted to the enclosing sentence (touch adjustment); the highlight the finger went down on wins.
    const pressed = pointerTarget && document.contains(pointerTarget) && event.target.contains(pointerTarget) ? pointerTarget : null;
    const target = pressed ?? event.target.closest('#workspace [data-key]');
    if (!target) return;
    const inText = !!target.closest('#doc');
    if (inText && !window.getSelection().isCollapsed) return;   // the end of a drag-selection, not a click
    selectKey(target.dataset.key, !inText);
  });

  let pointerTarget = null;
  document.addEventListener('pointerdown', event => { pointerTarget = event.target.closest?.('#doc [data-key]') ?? null; }, true);

  document.addEventListener('focusin', event => {
    const mark = event.target.closest?.('#doc [data-key]');
    if (mark && mark.dataset.key !== selectedKey) selectKey(mark.dataset.key, false, false);
  });

  document.addEventListener('mouseup', event => {
    if (event.target.closest?.('#adder, #editor, .keybar, .overlay')) return;
    setTimeout(() => {
      const span = selectionSpan();
      if (!span) { hideAdder(); return; }
      if (editing && editing.kind === 'event' && editing.mode === 'correct') { $('#ed-participant-new').value = span.text; }
      else if (editing) { editing.span = span; showSpan(); }
      else showAdder(span);
    }, 0);
  });

  $('#editor-form').addEventListener('submit', event => { event.preventDefault(); saveEditor(); });
  document.addEventListener('submit', event => {
    if (event.target.id !== 'assign-form') return;
    event.preventDefault();
    const assignee = $('#assign-name').value.trim();
    const role = $('#assign-role').value;
    if (assignee) post('assign', { assignee, role }, () => { select(index, false, false); toast(`Assigned to ${assignee} (${role})`); });
  });
  $('#ed-type').addEventListener('change', syncKind);

  load();
  if (settling) {
    const banner = document.createElement('p');
    banner.id = 'settle-banner';
    banner.className = 'settle-banner';
    banner.setAttribute('role', 'status');
    banner.textContent = 'Settling a disagreement with a second reviewer: decide the selected extraction again — ' +
      'the same way to keep the first decision, or another way (a, x, e; A or X for every mention) — and it is settled.';
    workspace().before(banner);
  }
  const fromHash = decodeURIComponent(location.hash.slice(1));
  if (!(fromHash && selectKey(fromHash, true, false))) {
    const firstOpen = items.findIndex(it => it.state === 'pending' && visible(it));
    select(firstOpen >= 0 ? firstOpen : 0, false, false);
  }
  document.documentElement.dataset.reviewReady = 'true';
})();
