import type { EvalReport } from './report.ts';

/**
 * The HTML report: one self-contained file (inline CSS and script, the report's JSON inside, no
 * network), read in any browser from disk. The baseline diff comes first; then each job's scorers,
 * the rules, and every case with its input, output and each scorer's reason, filtered by job,
 * rule, status and text.
 */
export function renderHtml(report: EvalReport): string {
  // `<` escaped so no string in the data can close the script element.
  const data = JSON.stringify(report).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>infochat evals — ${escapeHtml(report.coach)} — ${escapeHtml(report.verdict.split(':')[0] ?? '')}</title>
<style>${CSS}</style>
</head>
<body>
<header id="top"></header>
<main>
  <section id="diff" aria-label="Against the baseline"></section>
  <section id="jobs" aria-label="Jobs"></section>
  <section id="rules" aria-label="Rules"></section>
  <section aria-label="Cases">
    <h2>Cases</h2>
    <form id="filters" class="filters" onsubmit="return false">
      <label>Job <select id="f-job"><option value="">all jobs</option></select></label>
      <label>Rule <select id="f-rule"><option value="">all rules</option></select></label>
      <label>Status <select id="f-status">
        <option value="">all</option><option value="fail" selected>failing</option><option value="pass">passing</option>
        <option value="flaky">flaky</option><option value="changed">changed vs baseline</option></select></label>
      <label class="grow">Search <input id="f-text" type="search" placeholder="case name, input or output text"></label>
      <span id="f-count" class="muted"></span>
    </form>
    <div id="cases"></div>
  </section>
</main>
<script id="report-data" type="application/json">${data}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `
:root { --bg:#f6f7f9; --card:#fff; --ink:#1d2330; --muted:#667085; --line:#e3e6eb; --pass:#137a48; --pass-bg:#e5f5ec;
  --fail:#b42318; --fail-bg:#fdecea; --warn:#9a5b00; --warn-bg:#fff4dc; --accent:#2f5bd3; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
header { background:#1d2330; color:#fff; padding:18px 28px; display:flex; flex-wrap:wrap; gap:8px 24px; align-items:baseline; }
header h1 { font-size:20px; margin:0; font-weight:650; }
header .meta { color:#c5cad3; }
header .verdict { flex-basis:100%; white-space:normal; font-weight:600; padding:6px 12px; border-radius:6px; font-size:13px; }
.nowrap { white-space:nowrap; }
main { max-width:1180px; margin:0 auto; padding:20px 28px 60px; }
h2 { font-size:17px; margin:28px 0 10px; }
h3 { font-size:15px; margin:0 0 8px; }
.card { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:14px 18px; margin-bottom:14px; }
.grid { display:grid; grid-template-columns:repeat(auto-fit, minmax(420px, 1fr)); gap:14px; }
table { border-collapse:collapse; width:100%; }
th, td { text-align:left; padding:5px 8px; border-bottom:1px solid var(--line); vertical-align:top; }
th { font-weight:600; color:var(--muted); font-size:12px; text-transform:uppercase; letter-spacing:.03em; }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
.pill { display:inline-block; padding:1px 8px; border-radius:999px; font-size:12px; font-weight:600; white-space:nowrap; }
.pass { color:var(--pass); background:var(--pass-bg); } .fail { color:var(--fail); background:var(--fail-bg); }
.warn { color:var(--warn); background:var(--warn-bg); } .skip { color:var(--muted); background:#eef0f3; }
.muted { color:var(--muted); }
.bar { position:relative; height:8px; background:#eef0f3; border-radius:4px; min-width:70px; }
.bar > i { position:absolute; left:0; top:0; bottom:0; border-radius:4px; background:var(--pass); }
.bar > i.low { background:var(--fail); }
.bar > b { position:absolute; top:-3px; bottom:-3px; width:2px; background:var(--ink); }
.filters { position:sticky; top:0; z-index:2; display:flex; flex-wrap:wrap; gap:10px 16px; align-items:end; background:var(--bg); padding:10px 0; border-bottom:1px solid var(--line); margin-bottom:12px; }
.filters label { display:flex; flex-direction:column; font-size:12px; color:var(--muted); gap:3px; }
.filters .grow { flex:1; min-width:220px; }
select, input { font:inherit; padding:5px 8px; border:1px solid #c9ced6; border-radius:6px; background:#fff; color:var(--ink); }
details.case { background:var(--card); border:1px solid var(--line); border-radius:8px; margin-bottom:8px; }
details.case > summary { list-style:none; cursor:pointer; padding:9px 14px; display:flex; gap:12px; align-items:center; }
details.case > summary::-webkit-details-marker { display:none; }
details.case > summary .name { font-weight:600; flex:1; }
details.case[open] > summary { border-bottom:1px solid var(--line); }
.case-body { padding:12px 14px; }
.io { display:grid; grid-template-columns:1fr 1fr; gap:12px; }
@media (max-width:800px) { .io { grid-template-columns:1fr; } }
pre { white-space:pre-wrap; word-break:break-word; background:#f3f4f7; border:1px solid var(--line); border-radius:6px; padding:10px; margin:4px 0 0; max-height:340px; overflow:auto; font:12.5px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; }
.change { margin:4px 0; }
.kicker { font-size:12px; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); margin-bottom:4px; }
ul.plain { margin:6px 0 0; padding-left:18px; }
.notice { color:var(--warn); }
`;

// Plain browser script: builds the page from the JSON above with textContent (no HTML injection).
const SCRIPT = String.raw`
const R = JSON.parse(document.getElementById('report-data').textContent);
const $ = (id) => document.getElementById(id);
function el(tag, attrs, ...kids) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) { if (v === undefined || v === null || v === false) continue; if (k === 'class') n.className = v; else n.setAttribute(k, v); }
  for (const k of kids.flat()) if (k !== undefined && k !== null && k !== false) n.append(k instanceof Node ? k : String(k));
  return n;
}
const fmt = (n, d = 3) => (n === null || n === undefined ? '—' : Number(n).toFixed(d));
const pct = (n) => Math.round(n * 100) + '%';
const pill = (cls, text) => el('span', { class: 'pill ' + cls }, text);
const bar = (value, threshold) => { const b = el('div', { class: 'bar', title: fmt(value) + ' (threshold ' + threshold + ')' }); const i = el('i', { class: value !== null && value < threshold ? 'low' : '' }); i.style.width = ((value ?? 0) * 100) + '%'; const t = el('b'); t.style.left = (threshold * 100) + '%'; b.append(i, t); return b; };

// Header
const verdictClass = R.exitCode === 0 ? 'pass' : R.exitCode === 1 ? 'fail' : 'warn';
$('top').append(
  el('h1', {}, 'infochat evals'),
  el('span', { class: 'meta' }, 'coach: ' + R.coach + (R.judge ? ' · judge: ' + R.judge : ' · judge off')),
  el('span', { class: 'meta' }, new Date(R.createdAt).toLocaleString() + ' · ' + (R.durationMs / 1000).toFixed(1) + ' s · repeat ' + R.options.repeat + (R.options.filter ? ' · filter "' + R.options.filter + '"' : '')),
  el('div', { class: 'verdict ' + verdictClass }, R.verdict),
);

// Baseline diff, first
const D = R.diff;
const diffCard = el('div', { class: 'card' });
$('diff').append(el('h2', {}, 'Against the baseline'), diffCard);
if (!D.hasBaseline) diffCard.append(el('p', { class: 'muted' }, 'No baseline for ' + D.coach + ' yet. Record one with npm run eval -- --bless.'));
else {
  diffCard.append(el('p', {}, pill(D.regressions.length ? 'fail' : 'pass', D.regressions.length + ' regressed'), ' ', pill(D.improvements.length ? 'pass' : 'skip', D.improvements.length + ' improved'), ' ',
    pill('skip', D.added.length + ' new'), ' ', pill('skip', D.removed.length + ' gone'), ' ', el('span', { class: 'muted' }, 'baseline for ' + D.coach + ', blessed ' + D.blessedAt)));
  const list = (title, items, cls) => { if (!items.length) return; diffCard.append(el('div', { class: 'kicker' }, title)); diffCard.append(el('ul', { class: 'plain' }, items.map((c) => el('li', { class: 'change' },
    el('a', { href: '#case-' + encodeURIComponent(c.id), 'data-open': c.id }, c.id), ' ', pill(cls, pct(c.before.passRate) + ' → ' + pct(c.after.passRate)), ' ',
    el('span', { class: 'muted' }, c.scorers.map((s) => s.scorer + ' ' + fmt(s.before, 2) + ' → ' + fmt(s.after, 2)).join(' · ')))))); };
  list('Regressions', D.regressions, 'fail');
  list('Improvements', D.improvements, 'pass');
  const rl = (title, items, cls) => { if (!items.length) return; diffCard.append(el('div', { class: 'kicker' }, title), el('ul', { class: 'plain' }, items.map((r) => el('li', {}, r.ruleId + ' ', pill(cls, 'precision ' + fmt(r.before.precision, 2) + ' → ' + fmt(r.after.precision, 2) + ', recall ' + fmt(r.before.recall, 2) + ' → ' + fmt(r.after.recall, 2)))))); };
  rl('Checkers that got worse', D.ruleRegressions, 'fail');
  rl('Checkers that got better', D.ruleImprovements, 'pass');
  if (D.removed.length) diffCard.append(el('div', { class: 'kicker' }, 'Gone from the suite'), el('p', { class: 'muted' }, D.removed.join(', ')));
}

// Jobs: each eval's scorers
const jobs = el('div', { class: 'grid' });
$('jobs').append(el('h2', {}, 'Jobs'), jobs);
for (const ev of R.suite.evals) {
  const flaky = ev.cases.filter((c) => c.flaky).length;
  const rows = ev.scorers.map((s) => el('tr', {},
    el('td', {}, s.skipped ? pill('skip', 'skip') : s.passed ? pill('pass', 'pass') : pill('fail', 'FAIL')),
    el('td', { title: s.description }, el('span', { class: 'nowrap' }, s.name), s.skipped ? el('div', { class: 'muted' }, s.skipped) : null),
    el('td', { class: 'num' }, fmt(s.mean)), el('td', {}, s.skipped ? '' : bar(s.mean, s.threshold)), el('td', { class: 'num' }, s.threshold)));
  jobs.append(el('div', { class: 'card' },
    el('h3', {}, ev.name, ' ', el('span', { class: 'muted' }, '· ' + ev.job)),
    el('p', { class: 'muted' }, ev.cases.length + ' cases · ' + pct(ev.passRate) + ' of runs pass' + (flaky ? ' · ' + flaky + ' flaky' : '') + (ev.errors ? ' · ' + ev.errors + ' errors' : '')),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, ''), el('th', {}, 'scorer'), el('th', { class: 'num' }, 'mean'), el('th', {}, ''), el('th', { class: 'num' }, 'threshold'))), el('tbody', {}, rows))));
}

// Rules: verdicts against labels, and the meta-evaluation of each checker
const rulesCard = el('div', { class: 'card' });
$('rules').append(el('h2', {}, 'Rules'), rulesCard);
const byRule = new Map(R.suite.rules.map((r) => [r.ruleId, r]));
const metaRows = R.meta.rules.map((m) => {
  const s = byRule.get(m.ruleId);
  const status = m.status === 'ok' ? pill('pass', 'ok') : m.status === 'known-below' ? pill('warn', 'known below') : m.status === 'no-examples' ? pill('skip', 'no examples') : pill('fail', m.status === 'too-few' ? 'too few examples' : 'under 0.9');
  const misses = m.misses.length ? el('details', {}, el('summary', { class: 'muted' }, m.misses.length + ' misjudged'), el('ul', { class: 'plain' }, m.misses.map((x) => el('li', {}, pill(x.expect === 'pass' ? 'pass' : 'fail', 'should ' + x.expect), ' ', x.text.length > 200 ? x.text.slice(0, 200) + '…' : x.text, ' ', el('span', { class: 'muted' }, '— ' + x.source))))) : '';
  return el('tr', {}, el('td', {}, el('a', { href: '#', 'data-rule': m.ruleId }, m.ruleId), el('div', { class: 'muted' }, m.title), m.knownBelow ? el('div', { class: 'notice' }, m.knownBelow) : null, misses),
    el('td', { class: 'num' }, m.shouldPass + ' / ' + m.shouldFail + (m.fromGuides ? ' (' + m.fromGuides + ' guide)' : '')),
    el('td', { class: 'num' }, fmt(m.precision, 2)), el('td', { class: 'num' }, fmt(m.recall, 2)), el('td', {}, status),
    el('td', { class: 'num' }, s ? pct(s.agree / s.verdicts) : '—'), el('td', { class: 'num' }, s ? s.falsePasses : '—'), el('td', { class: 'num' }, s ? s.falseFails : '—'));
});
rulesCard.append(el('p', { class: 'muted' }, 'Checker columns: each checker on its labelled examples ("fail" is the positive class; under 0.9 fails the run). Verdict columns: the output\'s verdicts against the case labels, over every run.'),
  el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'rule'), el('th', { class: 'num' }, 'examples pass / fail'), el('th', { class: 'num' }, 'precision'), el('th', { class: 'num' }, 'recall'), el('th', {}, 'checker'),
    el('th', { class: 'num' }, 'verdicts agree'), el('th', { class: 'num' }, 'false pass'), el('th', { class: 'num' }, 'false fail'))), el('tbody', {}, metaRows)));
for (const n of R.meta.notes.concat(R.suite.notices)) rulesCard.append(el('p', { class: 'muted' }, n));

// Cases with filters
const changed = new Set(D.regressions.concat(D.improvements).map((c) => c.id).concat(D.added));
const all = R.suite.evals.flatMap((e) => e.cases);
for (const job of [...new Set(all.map((c) => c.job))]) $('f-job').append(el('option', { value: job }, job));
for (const id of R.meta.rules.map((r) => r.ruleId).concat(R.suite.rules.map((r) => r.ruleId)).filter((v, i, a) => a.indexOf(v) === i)) $('f-rule').append(el('option', { value: id }, id));
const involves = (c, rule) => c.runs.some((r) => r.rules.some((v) => v.ruleId === rule && (!v.expectedPass || !v.actualPass)));

function caseView(c) {
  const status = c.runs.some((r) => r.status === 'error') ? pill('warn', 'error') : c.flaky ? pill('warn', 'flaky ' + pct(c.passRate)) : c.passRate === 1 ? pill('pass', 'pass') : pill('fail', 'fail');
  const worst = c.runs.flatMap((r) => r.scores).filter((s) => !s.skipped).sort((a, b) => a.score - b.score)[0];
  const d = el('details', { class: 'case', id: 'case-' + encodeURIComponent(c.id) },
    el('summary', {}, status, el('span', { class: 'name' }, c.case), el('span', { class: 'muted' }, c.eval), changed.has(c.id) ? pill('warn', 'changed') : null,
      worst && worst.score < 1 ? el('span', { class: 'muted' }, worst.scorer + ' ' + fmt(worst.score, 2)) : null));
  d.addEventListener('toggle', () => { if (d.open && !d.dataset.filled) { d.dataset.filled = '1'; d.append(caseBody(c)); } });
  return d;
}
function caseBody(c) {
  const body = el('div', { class: 'case-body' });
  c.runs.forEach((run, i) => {
    if (i === 0 || run.outputText !== c.runs[0].outputText) {
      body.append(el('div', { class: 'io' }, el('div', {}, el('div', { class: 'kicker' }, 'Input'), el('pre', {}, c.inputText)),
        el('div', {}, el('div', { class: 'kicker' }, 'Output' + (c.runs.length > 1 ? ' (run ' + (run.repeat + 1) + ')' : '') + (run.cached ? ' · from cache' : '')), el('pre', {}, run.outputText || '(none)'))));
    }
    if (run.notice) body.append(el('p', { class: 'notice' }, 'Notice: ' + run.notice));
    if (run.error) body.append(el('p', {}, pill('warn', 'error'), ' ', run.error));
    if (run.scores.length) body.append(el('div', { class: 'kicker' }, 'Scorers' + (c.runs.length > 1 ? ' · run ' + (run.repeat + 1) : '')),
      el('table', {}, el('tbody', {}, run.scores.map((s) => el('tr', {}, el('td', {}, s.skipped ? pill('skip', 'skip') : s.score === 1 ? pill('pass', fmt(s.score, 2)) : pill('fail', fmt(s.score, 2))), el('td', {}, s.scorer), el('td', { class: 'muted' }, s.reason))))));
    const wrong = run.rules.filter((v) => v.expectedPass !== v.actualPass);
    if (run.rules.length) body.append(el('p', { class: 'muted' }, 'Rules: ' + (wrong.length ? wrong.map((v) => v.ruleId + ' ' + (v.actualPass ? 'passed' : 'failed') + ' (label: ' + (v.expectedPass ? 'pass' : 'fail') + ')').join(' · ') : 'every verdict matches the label') + ' · labelled to fail: ' + (run.rules.filter((v) => !v.expectedPass).map((v) => v.ruleId).join(', ') || 'none')));
  });
  return body;
}
const views = new Map(all.map((c) => [c.id, caseView(c)]));
function apply() {
  const job = $('f-job').value, rule = $('f-rule').value, status = $('f-status').value, text = $('f-text').value.trim().toLowerCase();
  const shown = all.filter((c) => (!job || c.job === job) && (!rule || involves(c, rule)) &&
    (!status || (status === 'fail' && c.passRate < 1) || (status === 'pass' && c.passRate === 1) || (status === 'flaky' && c.flaky) || (status === 'changed' && changed.has(c.id))) &&
    (!text || (c.case + '\n' + c.inputText + '\n' + c.runs.map((r) => r.outputText).join('\n')).toLowerCase().includes(text)));
  const box = $('cases'); box.replaceChildren(...shown.map((c) => views.get(c.id)));
  if (!shown.length) box.append(el('p', { class: 'muted card' }, 'No case matches these filters.'));
  $('f-count').textContent = shown.length + ' of ' + all.length + ' cases';
}
for (const id of ['f-job', 'f-rule', 'f-status']) $(id).addEventListener('change', apply);
$('f-text').addEventListener('input', apply);
document.addEventListener('click', (e) => {
  const a = e.target.closest('a'); if (!a) return;
  if (a.dataset.rule) { e.preventDefault(); $('f-rule').value = a.dataset.rule; $('f-status').value = ''; apply(); $('filters').scrollIntoView(); }
  if (a.dataset.open) { $('f-status').value = ''; $('f-job').value = ''; $('f-rule').value = ''; $('f-text').value = ''; apply(); const d = views.get(a.dataset.open); if (d) d.open = true; }
});
if (!all.some((c) => c.passRate < 1)) $('f-status').value = '';
apply();
`;
