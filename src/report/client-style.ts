/** Styles of report.html: inline, no fonts or images from anywhere, colors per span type as in displaCy. */
export const REPORT_STYLE = `
:root { --fg: #1d2330; --muted: #667085; --line: #d8dde6; --bg: #f6f7f9; --sel: #dbe8ff; --ok: #16794c; --bad: #b42318;
  --t0: #f9c6d0; --t1: #b6e3c6; --t2: #c7d7fe; --t3: #fbd9a5; --t4: #e4d4f4; }
* { box-sizing: border-box; }
body { margin: 0; height: 100vh; display: flex; flex-direction: column; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
header { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; padding: 8px 14px; background: #fff; border-bottom: 1px solid var(--line); }
header h1 { font-size: 16px; margin: 0; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; color: var(--muted); }
.chips span { background: var(--bg); border: 1px solid var(--line); border-radius: 10px; padding: 0 8px; }
.spacer-flex { flex: 1; }
button, select, input { font: inherit; }
button, label.button { border: 1px solid var(--line); background: #fff; border-radius: 4px; padding: 2px 10px; cursor: pointer; }
button:hover, label.button:hover { background: var(--bg); }
nav { display: flex; gap: 2px; padding: 0 14px; background: #fff; border-bottom: 1px solid var(--line); }
nav button { border: 0; border-bottom: 2px solid transparent; border-radius: 0; padding: 6px 12px; }
nav button.active { border-bottom-color: #2e5aac; font-weight: 600; }
section.view { display: none; }
section.view.active { display: flex; flex-direction: column; flex: 1; min-height: 0; }
.filters { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; padding: 8px 14px; }
.filters label { display: flex; gap: 4px; align-items: center; color: var(--muted); }
.filters input[type=search] { width: 240px; }
/* A select is as wide as its longest option: a 255-character file name would push the filters off screen. */
.filters select { max-width: 16em; text-overflow: ellipsis; }
.filters input[type=number] { width: 64px; }
.count { color: var(--muted); }
.split { flex: 1; display: flex; min-height: 0; gap: 10px; padding: 0 14px 10px; }
.pane { background: #fff; border: 1px solid var(--line); border-radius: 4px; display: flex; flex-direction: column; min-height: 0; }
.grow { flex: 1; min-width: 0; }
.side { width: 40%; min-width: 320px; overflow: auto; padding: 10px 14px; }
.side h2, .side p { overflow-wrap: anywhere; }
.thead, .row { display: grid; grid-template-columns: 22px 1.3fr 0.9fr 1.3fr 0.8fr 0.5fr 1fr 1fr; gap: 8px; padding: 0 8px; align-items: center; }
.thead { font-weight: 600; border-bottom: 1px solid var(--line); height: 30px; }
.thead span { cursor: pointer; user-select: none; white-space: nowrap; }
.thead span.sorted-asc::after { content: " \\25B2"; font-size: 10px; }
.thead span.sorted-desc::after { content: " \\25BC"; font-size: 10px; }
.viewport { flex: 1; overflow-y: auto; position: relative; }
.viewport > .rows-spacer { width: 1px; }
.row { position: absolute; left: 0; right: 0; height: 28px; border-bottom: 1px solid #eef0f4; cursor: pointer; }
.row > span { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.row:hover { background: #f3f6fb; }
.row.selected { background: var(--sel); }
.row.v-correct .mark::before { content: "\\2713"; color: var(--ok); font-weight: 700; }
.row.v-wrong .mark::before { content: "\\2717"; color: var(--bad); font-weight: 700; }
.list-row { position: absolute; left: 0; right: 0; height: 28px; padding: 4px 10px; border-bottom: 1px solid #eef0f4; cursor: pointer; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.list-row:hover { background: #f3f6fb; }
.list-row.selected { background: var(--sel); }
.muted { color: var(--muted); }
.pred { font-family: ui-monospace, monospace; font-size: 12px; }
h2 { font-size: 15px; margin: 4px 0 8px; }
h3 { font-size: 13px; margin: 14px 0 6px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
.evidence { font-size: 15px; line-height: 1.9; padding: 10px; background: var(--bg); border-radius: 4px; white-space: pre-wrap; }
mark { padding: 1px 3px; border-radius: 3px; background: #eee; color: inherit; }
mark.role-subject { background: var(--t2); outline: 2px solid #2e5aac; }
mark.role-object { background: var(--t1); outline: 2px solid #16794c; }
mark.role-date { background: var(--t4); outline: 2px solid #6941c6; }
mark .lbl { font-size: 10px; font-weight: 700; margin-left: 4px; text-transform: uppercase; opacity: .7; }
mark.t0 { background: var(--t0); } mark.t1 { background: var(--t1); } mark.t2 { background: var(--t2); } mark.t3 { background: var(--t3); } mark.t4 { background: var(--t4); }
mark[data-entity] { cursor: pointer; }
mark.flash { outline: 3px solid #f79009; }
.reader { white-space: pre-wrap; line-height: 2.1; font-size: 14px; }
.legend { display: flex; gap: 6px; flex-wrap: wrap; margin-bottom: 8px; }
.verdict-buttons { display: flex; gap: 8px; margin: 12px 0; }
.verdict-buttons .ok { color: var(--ok); } .verdict-buttons .bad { color: var(--bad); }
.verdict-buttons button.on { background: var(--sel); font-weight: 700; }
a { color: #2e5aac; cursor: pointer; }
ul.plain { list-style: none; padding: 0; margin: 0; }
ul.plain li { padding: 3px 0; border-bottom: 1px solid #eef0f4; }
.help { position: fixed; right: 16px; top: 60px; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 16px; box-shadow: 0 4px 16px rgba(0,0,0,.12); display: none; }
.help.open { display: block; }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 3px; padding: 0 4px; font-size: 12px; }
.notice { color: var(--bad); }
`;
