import { REPORT_SCRIPT } from './client-script.js';
import { REPORT_STYLE } from './client-style.js';

/**
 * report.html: one self-contained page for spot-checking a run. Data, script and styles are inline and
 * the Content-Security-Policy allows no network at all, so it opens from disk anywhere. Deterministic:
 * the same data give the same bytes.
 *
 * The page is built to show its first triples before the browser has read all of it, because reading is
 * what takes the time (~0.1 s per MB in Chromium here): the script comes first, then the run's tables,
 * the documents' paths, the statements in blocks of STATEMENT_BLOCK rows, and last the documents' texts,
 * one inert JSON block each that the page parses only when it shows that document. Each data block is a
 * `<script type="application/json">` followed by a one-call script that hands it to the page as the
 * parser reaches it (see client-script.ts).
 */
export function reportPageHead(run: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<link rel="icon" href="data:,">
<title>newsgraph report · ${escapeHtml(run)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
${BODY}
<script>${REPORT_SCRIPT}</script>
`;
}

/** Statements per data block: the first page shows when the first block is in (2,000 rows: ~160 KB). */
export const STATEMENT_BLOCK = 2000;
/** Document paths per data block. */
export const DOCUMENT_META_BLOCK = 500;

/** A JSON data block and the call that hands it to the page: `head`, `documents` or `statements`. */
export function dataBlock(kind: 'head' | 'documents' | 'statements', json: string): string {
  return `<script type="application/json">${json}</script><script>NG.${kind}()</script>\n`;
}

/** The marker after the last statement: filters and counts are complete from here on. */
export const STATEMENTS_DONE = '<script>NG.statementsDone()</script>\n';

/** A document's text and spans, parsed by the page only when it shows the document. */
export function documentBlock(index: number, json: string): string {
  const [open, close] = documentBlockEnds(index);
  return `${open}${json}${close}`;
}

/** What comes before and after a document block's JSON (a long document's is written in pieces). */
export function documentBlockEnds(index: number): [open: string, close: string] {
  return [`<script type="application/json" id="d${index}">`, '</script>\n'];
}

export const REPORT_PAGE_TAIL = `<script>NG.done()</script>
</body>
</html>
`;

const BODY = `<header>
<h1>newsgraph report</h1>
<div class="chips" id="summary"></div>
<div class="spacer-flex"></div>
<span class="count" id="progress"></span>
<button id="export" title="Download the verdicts as a file for newsgraph review-stats">Export verdicts</button>
<label class="button" title="Merge a verdict file into this browser's verdicts">Import…<input id="import" type="file" accept=".json,application/json" hidden></label>
<button id="help-toggle" title="Keyboard shortcuts">?</button>
<span class="notice" id="notice"></span>
</header>
<div class="help" id="help">
<b>Keyboard</b><br>
<kbd>j</kbd>/<kbd>↓</kbd> next triple · <kbd>k</kbd>/<kbd>↑</kbd> previous<br>
<kbd>c</kbd> correct · <kbd>w</kbd> wrong (both move to the next) · <kbd>u</kbd> clear<br>
<kbd>o</kbd> open the document · <kbd>/</kbd> search · <kbd>Esc</kbd> leave a field · <kbd>?</kbd> this help<br>
Verdicts are kept in this browser for this run; export them for <code>newsgraph review-stats</code>.
</div>
<nav>
<button id="tab-triples" class="active">Triples</button>
<button id="tab-entities">Entities</button>
<button id="tab-documents">Documents</button>
</nav>
<section class="view active" id="view-triples">
<div class="filters">
<label>predicate <select id="f-predicate"><option value="-1">all</option></select></label>
<label>entity type <select id="f-type"><option value="">all</option></select></label>
<label>rule <select id="f-rule"><option value="-1">all</option></select></label>
<label>confidence ≥ <input id="f-confidence" type="number" min="0" max="1" step="0.05" value="0"></label>
<label>document <select id="f-document"><option value="-1">all</option></select></label>
<label>verdict <select id="f-verdict"><option value="">all</option><option value="none">not reviewed</option><option value="correct">correct</option><option value="wrong">wrong</option></select></label>
<label>text <input id="f-text" type="search" placeholder="names, evidence, rule… (/)"></label>
<span class="count" id="count"></span>
<span class="count" id="loading"></span>
</div>
<div class="split">
<div class="pane grow">
<div class="thead"><span></span><span data-sort="subject">subject</span><span data-sort="predicate">predicate</span><span data-sort="object">object</span><span data-sort="date">date</span><span data-sort="confidence">conf.</span><span data-sort="rule">rule</span><span data-sort="document">document</span></div>
<div class="viewport" id="triple-rows"></div>
</div>
<aside class="pane side" id="triple-detail"></aside>
</div>
</section>
<section class="view" id="view-entities">
<div class="filters">
<label>search <input id="entity-search" type="search" placeholder="name, alias, identifier"></label>
<label>type <select id="entity-type"><option value="">all</option></select></label>
<span class="count" id="entity-count"></span>
</div>
<div class="split">
<div class="pane grow"><div class="viewport" id="entity-rows"></div></div>
<aside class="pane side" id="entity-detail"><p class="muted">Select an entity.</p></aside>
</div>
</section>
<section class="view" id="view-documents">
<div class="filters"><label>search <input id="doc-search" type="search" placeholder="path or title"></label></div>
<div class="split">
<div class="pane" style="width: 30%"><div class="viewport" id="doc-rows"></div></div>
<aside class="pane side grow" id="doc-reader"><p class="muted">Select a document to read it with its mentions colored by type.</p></aside>
</div>
</section>`;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
