import { VERDICT_FORMAT, VERDICT_VERSION } from './verdicts.js';

/**
 * The report page's script: plain browser JavaScript (no modules, no network), kept as text because it
 * is inlined into every report.html, ahead of the data. The data blocks behind it hand themselves to
 * \`NG\` as the browser's parser reaches them (render-report.ts): the run's tables, the documents' paths,
 * the statements block by block, then the documents' texts. The first page of triples is drawn with the
 * first block of statements (the page is marked ready then: \`report-ready\`); the table refreshes as
 * more arrive, and is complete at \`report-loaded\`; document texts are parsed only when a document,
 * an evidence sentence or the free-text search needs them (\`report-complete\` when all are in).
 * Only what is on screen is rendered: the triple, entity and document lists are virtualized (a spacer of
 * the full height and the visible rows absolutely placed). Search strings and sort keys are built on
 * first use, and the free-text filter is debounced.
 *
 * Verdicts live in localStorage under a key derived from the run id, and are exported as the verdict file
 * that `newsgraph review-stats` reads.
 */
export const REPORT_SCRIPT = String.raw`
(function () {
'use strict';
var VERDICT_FORMAT = ${JSON.stringify(VERDICT_FORMAT)};
var VERDICT_VERSION = ${JSON.stringify(VERDICT_VERSION)};
var ROW_H = 28;
var DEBOUNCE_MS = 150;

var DATA = null;
var ents = [], docs = [], stmts = [];
/** Statements in so far; all of them once statementsDone. */
var N = 0;
var STORE_KEY = '';
var started = false, statementsDone = false, documentsDone = false;
var afterStatements = [], afterDocuments = [];

// ---- data: handed over block by block while the page is parsed ------------------------------------------
function previousBlock() { return JSON.parse(document.currentScript.previousElementSibling.textContent); }
function iriOf(short, prefix) { return short.charAt(0) === '!' ? short.slice(1) : prefix + short; }
/** An entity's IRI made from its key as graph/iri.ts's entityIri makes it (the report leaves those out). */
function entityIriOf(key, prefix) {
  var cut = key.indexOf(':');
  return prefix + encodeURIComponent(cut === -1 ? 'entity' : key.slice(0, cut)) + '/' + encodeURIComponent(cut === -1 ? key : key.slice(cut + 1));
}
window.NG = {
  head: function () {
    DATA = previousBlock();
    var prefix = DATA.prefixes.entity;
    ents = DATA.entities.map(function (a) {
      return { iri: a[0] === '' ? entityIriOf(a[1], prefix) : iriOf(a[0], prefix), key: a[1], name: a[2], type: a[3], aliases: a[4] || [], ids: a[5] || [], roles: a[6] || [] };
    });
    STORE_KEY = 'newsgraph-verdicts:' + DATA.run;
    verdicts = loadVerdicts();
  },
  documents: function () {
    previousBlock().forEach(function (m) {
      var d = { iri: m[0], path: m[1], body: null };
      if (m[2] !== undefined) d.title = m[2];
      docs.push(d);
    });
  },
  statements: function () {
    var rows = previousBlock(), prefix = DATA.prefixes.statement;
    for (var k = 0; k < rows.length; k++) {
      var a = rows[k], b = a[7], x = a[13];
      var st = { iri: iriOf(a[0], prefix), s: a[1], o: a[2], p: a[3], r: a[4], c: a[5], doc: a[6], b: b, e: b + a[8], ss: [b + a[9], b + a[10]], os: [b + a[11], b + a[12]] };
      if (x) { if (x.date !== undefined) st.date = x.date; if (x.ds) st.ds = x.ds; if (x.role) st.role = x.role; if (x.by) st.by = x.by; }
      byIri.set(st.iri, stmts.length);
      stmts.push(st);
    }
    N = stmts.length;
    sortKeyCache = {};
    if (!started) start(); else scheduleRefresh();
  },
  statementsDone: function () {
    statementsDone = true;
    if (!started) start();
    sortKeyCache = {};
    extendView();
    updateProgress();
    updateLoading();
    performance.mark('report-loaded');
    document.body.setAttribute('data-loaded', 'true');
    afterStatements.splice(0).forEach(function (fn) { fn(); });
  },
  done: function () {
    documentsDone = true;
    searchText = [];
    if (filters.text) applyFilters();
    updateLoading();
    performance.mark('report-complete');
    document.body.setAttribute('data-complete', 'true');
    afterDocuments.splice(0).forEach(function (fn) { fn(); });
  }
};
/**
 * A document's text and spans, or null while the parser has not read them: a block is complete once the
 * next one has begun (or the page is done), never read half-way.
 */
function docBody(d) {
  var doc = docs[d];
  if (!doc.body) {
    var node = document.getElementById('d' + d);
    if (!node || !(documentsDone || document.getElementById('d' + (d + 1)))) return null;
    doc.body = JSON.parse(node.textContent);
  }
  return doc.body;
}
/** Runs fn now if every statement is in, else once they are: exports and imports must see all of them. */
function whenStatements(fn) { if (statementsDone) fn(); else afterStatements.push(fn); }
/** Runs fn now if every document text is in, else once they are. */
function whenDocuments(fn) { if (documentsDone) fn(); else afterDocuments.push(fn); }
/** While statements arrive the table catches up at most every REFRESH_MS (each refresh redraws the visible rows). */
var REFRESH_MS = 100;
var refreshPending = false;
function scheduleRefresh() {
  if (refreshPending) return;
  refreshPending = true;
  setTimeout(function () { refreshPending = false; extendView(); updateLoading(); }, REFRESH_MS);
}
function updateLoading() {
  $('loading').textContent = !statementsDone ? 'loading triples: ' + fmtInt(N) + ' of ' + fmtInt(DATA.summary.statements) + '\u2026'
    : !documentsDone ? 'loading document texts\u2026' : '';
}

function $(id) { return document.getElementById(id); }
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function fmtInt(n) { return n.toLocaleString('en-US'); }
/** The evidence sentence, or '' while its document's text is not in. */
function evidenceOf(st) { var body = docBody(st.doc); return body ? body.text.slice(st.b, st.e) : ''; }

// ---- per statement, built on first use: search text and sort keys --------------------------------------
var searchText = [];
function searchTextOf(i) {
  var t = searchText[i];
  if (t === undefined) {
    var st = stmts[i];
    t = searchText[i] = [ents[st.s].name, DATA.predicates[st.p], ents[st.o].name, st.date || '', DATA.rules[st.r],
      docs[st.doc].path, evidenceOf(st), st.by || '', st.role || ''].join('\u0001').toLowerCase();
  }
  return t;
}
var SORT_KEYS = {
  subject: function (st) { return ents[st.s].name.toLowerCase(); },
  predicate: function (st) { return DATA.predicates[st.p]; },
  object: function (st) { return ents[st.o].name.toLowerCase(); },
  date: function (st) { return st.date || '\uffff'; },
  confidence: function (st) { return st.c; },
  rule: function (st) { return DATA.rules[st.r]; },
  document: function (st) { return docs[st.doc].path; }
};
var sortKeyCache = {};
function sortKeysFor(col) {
  if (!sortKeyCache[col]) {
    var keys = new Array(N);
    for (var i = 0; i < N; i++) keys[i] = SORT_KEYS[col](stmts[i]);
    sortKeyCache[col] = keys;
  }
  return sortKeyCache[col];
}
var byIri = new Map();

// ---- verdicts ----------------------------------------------------------------------------------------
var storageOk = true;
var verdicts = {};
function loadVerdicts() {
  try {
    var raw = window.localStorage.getItem(STORE_KEY);
    var parsed = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch (e) {
    storageOk = false;
    return {};
  }
}
function saveVerdicts() {
  try { window.localStorage.setItem(STORE_KEY, JSON.stringify(verdicts)); } catch (e) { storageOk = false; }
  updateProgress();
}
function setVerdict(i, value) {
  if (i < 0) return;
  var iri = stmts[i].iri;
  if (value) verdicts[iri] = value; else delete verdicts[iri];
  saveVerdicts();
  tripleList.render();
  showStatement(i);
}
function verdictFile() {
  var list = Object.keys(verdicts).filter(function (iri) { return byIri.has(iri); }).sort().map(function (iri) {
    var st = stmts[byIri.get(iri)];
    return { statement: iri, verdict: verdicts[iri], predicate: DATA.predicates[st.p], rule: DATA.rules[st.r],
      subject: ents[st.s].name, object: ents[st.o].name, document: docs[st.doc].path };
  });
  return { format: VERDICT_FORMAT, version: VERDICT_VERSION, run: DATA.run, tool: DATA.summary.tool, verdicts: list };
}
function exportVerdicts() {
  var blob = new Blob([JSON.stringify(verdictFile(), null, 2) + '\n'], { type: 'application/json' });
  var a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'verdicts-' + DATA.run + '.json';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
}
function importVerdicts(file) {
  file.text().then(function (text) {
    var parsed = JSON.parse(text);
    if (!parsed || parsed.format !== VERDICT_FORMAT || !Array.isArray(parsed.verdicts)) throw new Error('not a newsgraph verdict file');
    var n = 0;
    parsed.verdicts.forEach(function (v) {
      if (byIri.has(v.statement) && (v.verdict === 'correct' || v.verdict === 'wrong')) { verdicts[v.statement] = v.verdict; n++; }
    });
    saveVerdicts();
    tripleList.render();
    $('notice').textContent = 'Imported ' + n + ' verdicts.';
  }).catch(function (e) { $('notice').textContent = 'Import failed: ' + e.message; });
}
function updateProgress() {
  var ok = 0, bad = 0;
  for (var iri in verdicts) { if (!byIri.has(iri)) continue; if (verdicts[iri] === 'correct') ok++; else bad++; }
  var total = ok + bad;
  $('progress').textContent = 'Reviewed ' + fmtInt(total) + ' of ' + fmtInt(N) + ' (' + ok + ' correct, ' + bad + ' wrong' +
    (total ? ', precision ' + (ok / total).toFixed(3) : '') + ')' + (storageOk ? '' : ' — browser storage unavailable: export before closing');
}

// ---- virtualized list ------------------------------------------------------------------------------------
function VirtualList(viewport, renderRow) {
  this.viewport = viewport;
  this.renderRow = renderRow;
  this.count = 0;
  this.spacer = el('div', 'rows-spacer');
  viewport.appendChild(this.spacer);
  this.pending = false;
  var self = this;
  viewport.addEventListener('scroll', function () {
    if (self.pending) return;
    self.pending = true;
    requestAnimationFrame(function () { self.pending = false; self.render(); });
  });
}
VirtualList.prototype.setCount = function (n) {
  this.count = n;
  this.spacer.style.height = (n * ROW_H) + 'px';
  this.render();
};
VirtualList.prototype.render = function () {
  var vp = this.viewport;
  var first = Math.max(0, Math.floor(vp.scrollTop / ROW_H) - 5);
  var last = Math.min(this.count, Math.ceil((vp.scrollTop + (vp.clientHeight || 600)) / ROW_H) + 5);
  var frag = document.createDocumentFragment();
  for (var k = first; k < last; k++) {
    var row = this.renderRow(k);
    row.style.top = (k * ROW_H) + 'px';
    row.setAttribute('data-row', String(k));
    frag.appendChild(row);
  }
  while (vp.lastChild && vp.lastChild !== this.spacer) vp.removeChild(vp.lastChild);
  vp.appendChild(frag);
};
VirtualList.prototype.reveal = function (k) {
  var vp = this.viewport, top = k * ROW_H;
  if (top < vp.scrollTop) vp.scrollTop = top;
  else if (top + ROW_H > vp.scrollTop + vp.clientHeight) vp.scrollTop = top + ROW_H - vp.clientHeight;
  this.render();
};

// ---- triples: filters, sorting, table, detail -----------------------------------------------------------------
var filters = { predicate: -1, type: '', rule: -1, minConf: 0, doc: -1, text: '', verdict: '' };
var sort = { col: '', dir: 1 };
var view = [];
var selected = -1;

function matches(i) {
  var st = stmts[i];
  if (filters.predicate >= 0 && st.p !== filters.predicate) return false;
  if (filters.rule >= 0 && st.r !== filters.rule) return false;
  if (filters.doc >= 0 && st.doc !== filters.doc) return false;
  if (st.c < filters.minConf) return false;
  if (filters.type && ents[st.s].type !== filters.type && ents[st.o].type !== filters.type) return false;
  if (filters.verdict) {
    var v = verdicts[st.iri] || 'none';
    if (v !== filters.verdict) return false;
  }
  if (filters.text) {
    var words = filters.text;
    for (var w = 0; w < words.length; w++) if (searchTextOf(i).indexOf(words[w]) === -1) return false;
  }
  return true;
}
/** Statements the view has been matched against: while they arrive, an unsorted view only matches the new ones. */
var viewedUpTo = 0;
function applyFilters() {
  var out = [];
  for (var i = 0; i < N; i++) if (matches(i)) out.push(i);
  if (sort.col) {
    var keys = sortKeysFor(sort.col), dir = sort.dir;
    out.sort(function (a, b) { var x = keys[a], y = keys[b]; return x < y ? -dir : x > y ? dir : a - b; });
  }
  view = out;
  viewedUpTo = N;
  showView();
  var pos = view.indexOf(selected);
  if (pos >= 0) tripleList.reveal(pos);
}
function extendView() {
  if (sort.col) { applyFilters(); return; }
  for (var i = viewedUpTo; i < N; i++) if (matches(i)) view.push(i);
  viewedUpTo = N;
  showView();
}
function showView() {
  $('count').textContent = 'Showing ' + fmtInt(view.length) + ' of ' + fmtInt(N) + ' triples';
  tripleList.setCount(view.length);
}
function tripleRow(k) {
  var i = view[k], st = stmts[i];
  var row = el('div', 'row');
  row.setAttribute('data-statement', String(i));
  var v = verdicts[st.iri];
  if (v) row.classList.add('v-' + v);
  if (i === selected) row.classList.add('selected');
  row.appendChild(el('span', 'mark'));
  row.appendChild(el('span', 'c-subject', ents[st.s].name));
  row.appendChild(el('span', 'c-predicate pred', DATA.predicates[st.p]));
  row.appendChild(el('span', 'c-object', ents[st.o].name));
  row.appendChild(el('span', 'c-date', st.date || ''));
  row.appendChild(el('span', 'c-confidence', st.c.toFixed(2)));
  row.appendChild(el('span', 'c-rule muted', DATA.rules[st.r]));
  row.appendChild(el('span', 'c-document muted', docs[st.doc].path));
  row.addEventListener('mouseenter', function () { row.title = evidenceOf(st); });
  row.addEventListener('click', function () { selectStatement(i); });
  row.addEventListener('dblclick', function () { openDocument(st.doc, st.ss[0]); });
  return row;
}
var tripleList = new VirtualList($('triple-rows'), tripleRow);

function selectStatement(i) {
  selected = i;
  var pos = view.indexOf(i);
  if (pos >= 0) tripleList.reveal(pos); else tripleList.render();
  showStatement(i);
}
function moveSelection(delta) {
  if (!view.length) return;
  var pos = view.indexOf(selected);
  pos = pos < 0 ? 0 : Math.min(view.length - 1, Math.max(0, pos + delta));
  selectStatement(view[pos]);
}

/** Text of [from, to) with the given spans marked; spans outside are clipped, overlapping ones skipped. */
function highlighted(text, from, to, spans) {
  var frag = document.createDocumentFragment();
  var ordered = spans.filter(function (s) { return s.end > from && s.start < to && s.end > s.start; })
    .sort(function (a, b) { return a.start - b.start || b.end - a.end; });
  var at = from;
  ordered.forEach(function (s) {
    var start = Math.max(s.start, from), end = Math.min(s.end, to);
    if (start < at) return;
    if (start > at) frag.appendChild(document.createTextNode(text.slice(at, start)));
    var m = el('mark', s.cls);
    m.appendChild(document.createTextNode(text.slice(start, end)));
    if (s.label) m.appendChild(el('span', 'lbl', s.label));
    if (s.entity !== undefined && s.entity >= 0) m.setAttribute('data-entity', String(s.entity));
    m.setAttribute('data-start', String(start));
    frag.appendChild(m);
    at = end;
  });
  if (at < to) frag.appendChild(document.createTextNode(text.slice(at, to)));
  return frag;
}
function entityLink(e) {
  var a = el('a', '', ents[e].name);
  a.addEventListener('click', function () { openEntity(e); });
  return a;
}
function docLink(d, offset) {
  var a = el('a', '', docs[d].path);
  a.addEventListener('click', function () { openDocument(d, offset); });
  return a;
}
function showStatement(i) {
  var box = $('triple-detail');
  box.textContent = '';
  if (i < 0) { box.appendChild(el('p', 'muted', 'Select a triple (click, or j/k) to see its evidence.')); return; }
  var st = stmts[i], doc = docBody(st.doc);
  var title = el('h2');
  title.appendChild(entityLink(st.s));
  title.appendChild(el('span', 'pred', '  ' + DATA.predicates[st.p] + '  '));
  title.appendChild(entityLink(st.o));
  box.appendChild(title);
  if (!doc) {
    box.appendChild(el('p', 'muted', 'Loading the evidence\u2026'));
    whenDocuments(function () { if (selected === i) showStatement(i); });
    return;
  }
  var spans = [
    { start: st.ss[0], end: st.ss[1], cls: 'role-subject', label: 'subject' },
    { start: st.os[0], end: st.os[1], cls: 'role-object', label: 'object' }
  ];
  if (st.ds) spans.push({ start: st.ds[0], end: st.ds[1], cls: 'role-date', label: 'date' });
  var ev = el('div', 'evidence');
  ev.id = 'evidence';
  ev.appendChild(highlighted(doc.text, st.b, st.e, spans));
  box.appendChild(ev);
  var buttons = el('div', 'verdict-buttons');
  var v = verdicts[st.iri];
  [['correct', 'ok', '\u2713 Correct (c)'], ['wrong', 'bad', '\u2717 Wrong (w)'], ['', '', 'Clear (u)']].forEach(function (b) {
    var btn = el('button', b[1] + (v === b[0] || (!v && !b[0]) ? ' on' : ''), b[2]);
    btn.setAttribute('data-verdict', b[0] || 'none');
    btn.addEventListener('click', function () { setVerdict(i, b[0]); });
    buttons.appendChild(btn);
  });
  box.appendChild(buttons);
  var dl = el('dl');
  function row(k, v) { dl.appendChild(el('dt', '', k)); var dd = el('dd'); if (typeof v === 'string') dd.textContent = v; else dd.appendChild(v); dl.appendChild(dd); }
  row('subject', ents[st.s].type + ' \u00b7 ' + ents[st.s].iri);
  row('object', ents[st.o].type + ' \u00b7 ' + ents[st.o].iri);
  if (st.date) row('date', st.date + ' (\u201c' + doc.text.slice(st.ds[0], st.ds[1]) + '\u201d)');
  row('confidence', st.c.toFixed(3));
  row('rule', DATA.rules[st.r]);
  if (st.role) row('role', st.role);
  if (st.by) row('claimed by', st.by);
  row('document', docLink(st.doc, st.ss[0]));
  row('statement', st.iri);
  box.appendChild(dl);
}

// ---- entities -----------------------------------------------------------------------------------------------
var entityView = [];
var entitySelected = -1;
var mentionsByEntity = null, edgesByEntity = null;
/** Built once every document is in (the page is done). */
function entityIndexes() {
  if (mentionsByEntity) return;
  mentionsByEntity = new Map(); edgesByEntity = new Map();
  docs.forEach(function (meta, di) {
    var spans = docBody(di).spans;
    for (var k = 0; k < spans.length; k += 4) {
      var e = spans[k + 3];
      if (e < 0) continue;
      if (!mentionsByEntity.has(e)) mentionsByEntity.set(e, []);
      mentionsByEntity.get(e).push([di, spans[k], spans[k + 1]]);
    }
  });
  stmts.forEach(function (st, si) {
    [st.s, st.o].forEach(function (e) { if (!edgesByEntity.has(e)) edgesByEntity.set(e, []); edgesByEntity.get(e).push(si); });
  });
}
var entitiesByName = null, entitySearch = null;
function filterEntities() {
  if (!entitiesByName) {
    var lower = ents.map(function (e) { return e.name.toLowerCase(); });
    entitiesByName = ents.map(function (e, k) { return k; }).sort(function (a, b) {
      var x = lower[a], y = lower[b];
      return x < y ? -1 : x > y ? 1 : a - b;
    });
    entitySearch = ents.map(function (e) { return (e.name + '\u0001' + e.aliases.join('\u0001') + '\u0001' + e.key + '\u0001' + e.ids.join('\u0001')).toLowerCase(); });
  }
  var q = $('entity-search').value.trim().toLowerCase(), t = $('entity-type').value;
  entityView = [];
  for (var k = 0; k < entitiesByName.length; k++) {
    var e = entitiesByName[k];
    if (t && ents[e].type !== t) continue;
    if (q && entitySearch[e].indexOf(q) === -1) continue;
    entityView.push(e);
  }
  $('entity-count').textContent = fmtInt(entityView.length) + ' of ' + fmtInt(ents.length) + ' entities';
  entityList.setCount(entityView.length);
}
var entityList = new VirtualList($('entity-rows'), function (k) {
  var e = entityView[k];
  var row = el('div', 'list-row' + (e === entitySelected ? ' selected' : ''));
  row.setAttribute('data-entity', String(e));
  row.appendChild(el('span', '', ents[e].name + ' '));
  row.appendChild(el('span', 'muted', ents[e].type));
  row.addEventListener('click', function () { openEntity(e); });
  return row;
});
function openEntity(e) {
  showTab('entities');
  entitySelected = e;
  var pos = entityView.indexOf(e);
  if (pos >= 0) entityList.reveal(pos); else entityList.render();
  showEntity(e);
}
function showEntity(e) {
  var ent = ents[e], box = $('entity-detail');
  box.textContent = '';
  box.appendChild(el('h2', '', ent.name));
  if (!documentsDone) {
    box.appendChild(el('p', 'muted', 'Loading its edges and mentions\u2026'));
    whenDocuments(function () { if (entitySelected === e) showEntity(e); });
    return;
  }
  entityIndexes();
  var dl = el('dl');
  function row(k, v) { dl.appendChild(el('dt', '', k)); dl.appendChild(el('dd', '', v)); }
  row('type', ent.type);
  row('IRI', ent.iri);
  row('key', ent.key);
  if (ent.aliases.length) row('aliases', ent.aliases.join(' \u00b7 '));
  if (ent.ids.length) row('identifiers', ent.ids.join(' \u00b7 '));
  if (ent.roles.length) row('roles', ent.roles.join(' \u00b7 '));
  box.appendChild(dl);
  var edges = edgesByEntity.get(e) || [];
  box.appendChild(el('h3', '', 'Edges (' + edges.length + ')'));
  var ul = el('ul', 'plain edges');
  edges.forEach(function (si) {
    var st = stmts[si], li = el('li');
    var v = verdicts[st.iri];
    li.appendChild(el('span', '', v === 'correct' ? '\u2713 ' : v === 'wrong' ? '\u2717 ' : ''));
    li.appendChild(st.s === e ? el('span', '', ent.name) : entityLink(st.s));
    var pred = el('a', 'pred', ' ' + DATA.predicates[st.p] + ' ');
    pred.addEventListener('click', function () { showTab('triples'); selectStatement(si); });
    li.appendChild(pred);
    li.appendChild(st.o === e ? el('span', '', ent.name) : entityLink(st.o));
    if (st.date) li.appendChild(el('span', 'muted', ' ' + st.date));
    ul.appendChild(li);
  });
  box.appendChild(ul);
  var mentions = mentionsByEntity.get(e) || [];
  box.appendChild(el('h3', '', 'Mentions (' + mentions.length + ')'));
  var ml = el('ul', 'plain mentions');
  mentions.slice(0, 500).forEach(function (m) {
    var d = docBody(m[0]), li = el('li');
    li.appendChild(docLink(m[0], m[1]));
    li.appendChild(el('span', 'muted', ' \u2026' + d.text.slice(Math.max(0, m[1] - 50), m[1])));
    li.appendChild(el('b', '', d.text.slice(m[1], m[2])));
    li.appendChild(el('span', 'muted', d.text.slice(m[2], m[2] + 50) + '\u2026'));
    ml.appendChild(li);
  });
  box.appendChild(ml);
  if (mentions.length > 500) box.appendChild(el('p', 'muted', 'First 500 mentions shown.'));
}

// ---- documents ----------------------------------------------------------------------------------------------
var docView = [];
var docSelected = -1;
var docsFiltered = false;
function filterDocuments() {
  docsFiltered = true;
  var q = $('doc-search').value.trim().toLowerCase();
  docView = [];
  for (var d = 0; d < docs.length; d++) {
    if (q && (docs[d].path + '\u0001' + (docs[d].title || '')).toLowerCase().indexOf(q) === -1) continue;
    docView.push(d);
  }
  docList.setCount(docView.length);
}
var docList = new VirtualList($('doc-rows'), function (k) {
  var d = docView[k];
  var row = el('div', 'list-row' + (d === docSelected ? ' selected' : ''));
  row.setAttribute('data-document', String(d));
  row.appendChild(el('span', '', docs[d].path + ' '));
  if (docs[d].title) row.appendChild(el('span', 'muted', docs[d].title));
  row.addEventListener('click', function () { openDocument(d); });
  return row;
});
function openDocument(d, offset) {
  showTab('documents');
  docSelected = d;
  var pos = docView.indexOf(d);
  if (pos >= 0) docList.reveal(pos); else docList.render();
  showDocument(d, offset);
}
function showDocument(d, offset) {
  var meta = docs[d], doc = docBody(d), box = $('doc-reader');
  box.textContent = '';
  box.appendChild(el('h2', '', meta.title || meta.path));
  box.appendChild(el('p', 'muted', meta.path + ' \u00b7 ' + meta.iri));
  if (!doc) {
    box.appendChild(el('p', 'muted', 'Loading the text\u2026'));
    whenDocuments(function () { if (docSelected === d) showDocument(d, offset); });
    return;
  }
  var legend = el('div', 'legend');
  DATA.types.forEach(function (t, ti) { legend.appendChild(el('mark', 't' + ti, t)); });
  box.appendChild(legend);
  var spans = [];
  for (var k = 0; k < doc.spans.length; k += 4) {
    spans.push({ start: doc.spans[k], end: doc.spans[k + 1], cls: 't' + doc.spans[k + 2], label: DATA.types[doc.spans[k + 2]], entity: doc.spans[k + 3] });
  }
  var reader = el('div', 'reader');
  reader.appendChild(highlighted(doc.text, 0, doc.text.length, spans));
  reader.addEventListener('click', function (ev) {
    var m = ev.target.closest('mark[data-entity]');
    if (m) openEntity(Number(m.getAttribute('data-entity')));
  });
  box.appendChild(reader);
  if (offset !== undefined) {
    var target = reader.querySelector('mark[data-start="' + offset + '"]');
    if (target) { target.classList.add('flash'); target.scrollIntoView({ block: 'center' }); }
  }
}

// ---- tabs, controls, keyboard -------------------------------------------------------------------------------
function showTab(name) {
  ['triples', 'entities', 'documents'].forEach(function (t) {
    $('tab-' + t).classList.toggle('active', t === name);
    $('view-' + t).classList.toggle('active', t === name);
  });
  if (name === 'triples') tripleList.render();
  if (name === 'entities') { if (!entitiesByName) filterEntities(); else entityList.render(); }
  if (name === 'documents') { if (!docsFiltered) filterDocuments(); else docList.render(); }
}
function option(select, value, label) { var o = el('option', '', label); o.value = String(value); select.appendChild(o); }
function fillControls() {
  var chips = $('summary');
  var s = DATA.summary;
  [[s.documents, 'documents'], [s.entities, 'entities'], [s.mentions, 'mentions'], [s.dates, 'dates'], [s.statements, 'statements'],
   [s.files, 'files'], [s.failedFiles, 'failed']].forEach(function (c) { chips.appendChild(el('span', '', fmtInt(c[0]) + ' ' + c[1])); });
  chips.appendChild(el('span', '', s.tool + ' \u00b7 pipeline ' + s.pipeline + ' \u00b7 run ' + DATA.run));
  $('tab-triples').textContent = 'Triples (' + fmtInt(DATA.summary.statements) + ')';
  $('tab-entities').textContent = 'Entities (' + fmtInt(ents.length) + ')';
  $('tab-documents').textContent = 'Documents (' + fmtInt(docs.length) + ')';
  DATA.predicates.forEach(function (p, k) { option($('f-predicate'), k, p); });
  DATA.rules.forEach(function (r, k) { option($('f-rule'), k, r); });
  docs.forEach(function (d, k) { option($('f-document'), k, d.path); });
  ['Person', 'Place', 'Organization', 'MilitaryUnit'].forEach(function (t) { option($('f-type'), t, t); option($('entity-type'), t, t); });
}
function readFilters() {
  filters.predicate = Number($('f-predicate').value);
  filters.rule = Number($('f-rule').value);
  filters.doc = Number($('f-document').value);
  filters.type = $('f-type').value;
  filters.verdict = $('f-verdict').value;
  var c = parseFloat($('f-confidence').value);
  filters.minConf = isNaN(c) ? 0 : c;
  var q = $('f-text').value.trim().toLowerCase();
  filters.text = q ? q.split(/\s+/) : '';
  applyFilters();
}
function debounce(fn) {
  var timer = 0;
  return function () { clearTimeout(timer); timer = setTimeout(fn, DEBOUNCE_MS); };
}
function wire() {
  ['f-predicate', 'f-rule', 'f-document', 'f-type', 'f-verdict', 'f-confidence'].forEach(function (id) {
    $(id).addEventListener('change', readFilters);
  });
  $('f-confidence').addEventListener('input', debounce(readFilters));
  $('f-text').addEventListener('input', debounce(readFilters));
  $('entity-search').addEventListener('input', debounce(filterEntities));
  $('entity-type').addEventListener('change', filterEntities);
  $('doc-search').addEventListener('input', debounce(filterDocuments));
  document.querySelectorAll('.thead span[data-sort]').forEach(function (h) {
    h.addEventListener('click', function () {
      var col = h.getAttribute('data-sort');
      sort.dir = sort.col === col ? -sort.dir : 1;
      sort.col = col;
      document.querySelectorAll('.thead span[data-sort]').forEach(function (o) { o.className = ''; });
      h.className = sort.dir > 0 ? 'sorted-asc' : 'sorted-desc';
      applyFilters();
    });
  });
  ['triples', 'entities', 'documents'].forEach(function (t) { $('tab-' + t).addEventListener('click', function () { showTab(t); }); });
  $('export').addEventListener('click', function () { whenStatements(exportVerdicts); });
  $('import').addEventListener('change', function (ev) {
    var file = ev.target.files[0];
    if (file) whenStatements(function () { importVerdicts(file); });
    ev.target.value = '';
  });
  $('help-toggle').addEventListener('click', function () { $('help').classList.toggle('open'); });
  document.addEventListener('keydown', onKey);
}
var KEYS = {
  j: function () { moveSelection(1); }, ArrowDown: function () { moveSelection(1); },
  k: function () { moveSelection(-1); }, ArrowUp: function () { moveSelection(-1); },
  c: function () { judge('correct'); }, w: function () { judge('wrong'); }, u: function () { judge(''); },
  o: function () { if (selected >= 0) openDocument(stmts[selected].doc, stmts[selected].ss[0]); },
  '/': function () { showTab('triples'); $('f-text').focus(); },
  '?': function () { $('help').classList.toggle('open'); }
};
/** A verdict moves on to the next triple, so a reviewer can go through a list with c/w alone. */
function judge(value) {
  if (selected < 0) return;
  setVerdict(selected, value);
  if (value) moveSelection(1);
}
function onKey(ev) {
  var tag = ev.target && ev.target.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
    if (ev.key === 'Escape') ev.target.blur();
    return;
  }
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  var onTriples = $('view-triples').classList.contains('active');
  var action = KEYS[ev.key];
  if (!action || (!onTriples && ev.key !== '/' && ev.key !== '?' && ev.key !== 'o')) return;
  ev.preventDefault();
  action();
}

/** With the first block of statements (or none): controls filled and wired, the first page drawn. */
function start() {
  started = true;
  fillControls();
  wire();
  updateProgress();
  applyFilters();
  updateLoading();
  showStatement(-1);
  performance.mark('report-ready');
  document.body.setAttribute('data-ready-statements', String(N));
  document.body.setAttribute('data-ready', 'true');
}
})();
`;
