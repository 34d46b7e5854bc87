// NewsExtract review page: keyboard-first decisions on an article's extractions. Plain script, no build step.
// The server renders everything; after each decision it sends the new #workspace, which replaces the old one.
(() => {
  'use strict';
  const main = document.querySelector('.article-main');
  if (!main) return;

  const csrf = document.querySelector('meta[name="csrf-token"]')?.content ?? '';
  const $ = (selector, root = document) => root.querySelector(selector);
  const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));
  const ADD_KINDS = ['person', 'official', 'organization', 'location', 'money'];
  const FIELDS = ['title', 'country', 'currency', 'measure', 'period'];

  let items = [];
  let index = -1;
  let selectedKey = null;
  let editing = null;   // { mode: 'correct' | 'add', item, kind, span }
  let adding = null;    // { start, end, text } while the "add selection as" bar shows
  let queue = Promise.resolve();

  const workspace = () => $('#workspace');
  const doc = () => $('#doc');

  function load() {
    items = JSON.parse($('#annotations-data').textContent || '[]');
  }

  function short(text) {
    return text.length > 48 ? text.slice(0, 45) + '…' : text;
  }

  function select(i, scroll = true) {
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
    if (scroll) {
      $('#doc .sel')?.scrollIntoView({ block: 'center' });
      $('.side tr.sel')?.scrollIntoView({ block: 'nearest' });
    }
    history.replaceState(null, '', '#' + encodeURIComponent(key));
    info();
  }

  function selectKey(key, scroll = true) {
    const i = items.findIndex(it => it.key === key);
    if (i >= 0) select(i, scroll);
    return i >= 0;
  }

  function info() {
    const it = items[index];
    $('#selection-info').textContent = it ? `${index + 1}/${items.length} · ${it.label} “${short(it.text)}” · ${it.state}` : '';
  }

  function toast(message, isError = false) {
    const t = $('#toast');
    t.textContent = message;
    t.classList.toggle('error', isError);
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { t.hidden = true; }, isError ? 6000 : 2200);
  }

  // POSTs run one after another, so fast key presses apply in order.
  function post(path, body, after) {
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
      if (after) after(); else if (!selectKey(selectedKey, false)) select(index, false);
    }).catch(error => toast(String(error), true));
    return queue;
  }

  function decide(action) {
    const it = items[index];
    if (!it) return;
    // Move on to the next extraction, unless the reviewer already moved elsewhere while the decision was saved.
    post('decisions', { action, target: it.key }, () => {
      const i = items.findIndex(x => x.key === it.key);
      if (selectedKey === it.key && i >= 0) select(i + 1);
      else if (!selectKey(selectedKey, false)) select(index, false);
    });
  }

  function undo() {
    post('undo', {});
  }

  function complete() {
    const done = $('#complete-button')?.dataset.done !== 'false';
    post('complete', { done }, () => { select(index, false); toast(done ? 'Article marked reviewed' : 'Review reopened'); });
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

  // ---- Add a missing entity ---------------------------------------------------------------------------------
  function showAdder(span) {
    adding = span;
    const bar = $('#adder');
    const rect = window.getSelection().getRangeAt(0).getBoundingClientRect();
    bar.hidden = false;
    bar.style.left = `${Math.max(8, rect.left + window.scrollX)}px`;
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
    if (kind === 'money') { openEditor('add', span, kind); return; }
    window.getSelection()?.removeAllRanges();
    post('decisions', { action: 'add', type: kind, start: span.start, end: span.end }, () => {
      const i = items.findIndex(x => x.start === span.start && x.end === span.end && x.kind === kind);
      select(i >= 0 ? i : index, false);
      toast(`Added ${kind} “${short(span.text)}”`);
    });
  }

  // ---- Edit panel --------------------------------------------------------------------------------------------
  function currentType(it) {
    return it.kind === 'event' ? it.eventType : it.kind;
  }

  function openEditor(mode = 'correct', span = null, kind = null) {
    const it = mode === 'correct' ? items[index] : null;
    if (mode === 'correct' && !it) return;
    hideAdder();
    const editor = $('#editor');
    const type = $('#ed-type');
    editing = { mode, item: it, kind: it ? it.kind : kind, span: span ?? { start: it.start, end: it.end, text: it.text } };
    type.innerHTML = editing.kind === 'event' ? type.dataset.events : type.dataset.kinds;
    type.value = it ? currentType(it) : kind;
    $('#ed-title').value = it?.title ?? '';
    $('#ed-country').value = it?.country ?? '';
    $('#ed-amount').value = it?.amount ?? '';
    $('#ed-currency').value = it?.currency ?? '';
    $('#ed-measure').value = it?.measure ?? '';
    $('#ed-period').value = it?.period ?? '';
    $('#editor-title').textContent = mode === 'add' ? 'Add entity' : `Correct ${it.label}`;
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
  }

  function saveEditor() {
    const ed = editing;
    if (!ed) return;
    const value = id => $(id).value.trim();
    const type = $('#ed-type').value;
    const kind = ed.kind === 'event' ? 'event' : type;
    const shows = field => (field === 'title' || field === 'country') ? kind === 'official'
      : kind === 'money';
    const body = ed.mode === 'add'
      ? { action: 'add', type, start: ed.span.start, end: ed.span.end }
      : { action: 'correct', target: ed.item.key };
    if (ed.mode === 'correct') {
      if (type !== currentType(ed.item)) body.type = type;
      if (ed.span.start !== ed.item.start || ed.span.end !== ed.item.end) { body.start = ed.span.start; body.end = ed.span.end; }
    }
    for (const field of FIELDS) {
      if (!shows(field)) continue;
      const v = value('#ed-' + field);
      if (ed.mode === 'add' ? v !== '' : v !== (ed.item[field] ?? '')) body[field] = v;
    }
    if (shows('amount')) {
      const amount = value('#ed-amount').replace(/[,\s]/g, '');
      if (amount !== '' && (ed.mode === 'add' || amount !== String(ed.item.amount ?? ''))) body.amount = amount;
    }
    if (ed.mode === 'correct' && Object.keys(body).length === 2) { toast('Nothing changed'); closeEditor(); return; }
    closeEditor();
    window.getSelection()?.removeAllRanges();
    post('decisions', body, () => {
      if (ed.mode === 'add') {
        const i = items.findIndex(x => x.start === ed.span.start && x.end === ed.span.end && x.kind === type);
        select(i >= 0 ? i : index, false);
      } else if (!selectKey(selectedKey, false)) select(index, false);
    });
  }

  // ---- Events ------------------------------------------------------------------------------------------------
  document.addEventListener('keydown', event => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (editing) {
      if (event.key === 'Escape') { closeEditor(); event.preventDefault(); }
      else if (event.key === 'Enter') { saveEditor(); event.preventDefault(); }
      return;
    }
    if (adding) {
      if (/^[1-5]$/.test(event.key)) { addAs(ADD_KINDS[Number(event.key) - 1]); event.preventDefault(); return; }
      if (event.key === 'Escape') { hideAdder(); event.preventDefault(); return; }
    }
    if (event.target.closest?.('input, select, textarea')) return;
    switch (event.key) {
      case 'j': select(index + 1); break;
      case 'k': select(index - 1); break;
      case 'a': decide('accept'); break;
      case 'x': decide('reject'); break;
      case 'e': openEditor(); break;
      case 'u': undo(); break;
      case 'c': complete(); break;
      default: return;
    }
    event.preventDefault();
  });

  main.addEventListener('click', event => {
    const addButton = event.target.closest('#adder [data-kind]');
    if (addButton) { addAs(addButton.dataset.kind); return; }
    if (event.target.closest('#complete-button')) { complete(); return; }
    if (event.target.closest('#ed-cancel')) { closeEditor(); return; }
    const target = event.target.closest('#workspace [data-key]');
    if (!target) return;
    const inText = !!target.closest('#doc');
    if (inText && !window.getSelection().isCollapsed) return;   // the end of a drag-selection, not a click
    selectKey(target.dataset.key, !inText);
  });

  document.addEventListener('mouseup', event => {
    if (event.target.closest?.('#adder, #editor')) return;
    setTimeout(() => {
      const span = selectionSpan();
      if (!span) { hideAdder(); return; }
      if (editing) { editing.span = span; showSpan(); }
      else showAdder(span);
    }, 0);
  });

  $('#editor-form').addEventListener('submit', event => { event.preventDefault(); saveEditor(); });
  $('#ed-type').addEventListener('change', syncKind);

  load();
  const fromHash = decodeURIComponent(location.hash.slice(1));
  if (!(fromHash && selectKey(fromHash))) {
    const firstOpen = items.findIndex(it => it.state === 'pending');
    select(firstOpen >= 0 ? firstOpen : 0, false);
  }
  document.documentElement.dataset.reviewReady = 'true';
})();
