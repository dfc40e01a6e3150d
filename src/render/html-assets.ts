// The report's inline stylesheet and script. Both are constants (the CSP hashes the
// script), and neither contains dossier text.

export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1b1b1f; --bg: #ffffff; --muted: #52525b; --line: #d4d4d8;
  --accent: #1d4ed8; --mark: #fde68a; --mark-fg: #1b1b1f; --flash: #f97316; --panel: #f4f4f5; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e4e4e7; --bg: #18181b; --muted: #a1a1aa; --line: #3f3f46; --accent: #93c5fd;
    --mark: #854d0e; --mark-fg: #fefce8; --panel: #27272a; }
}
* { box-sizing: border-box; }
html { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
body { margin: 0 auto; max-width: 78rem; padding: 0 1rem 3rem; overflow-wrap: anywhere; word-break: normal; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid var(--flash); outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; z-index: 2; }
header { padding: 1.5rem 0 .5rem; border-bottom: 1px solid var(--line); }
h1 { margin: 0 0 .25rem; font-size: 1.8rem; } h2 { margin-top: 2.5rem; font-size: 1.5rem; } h3 { margin-top: 2rem; font-size: 1.2rem; }
h4 { margin: 1.2rem 0 .4rem; }
.muted, .count { color: var(--muted); font-weight: normal; }
nav { position: sticky; top: 0; background: var(--bg); border-bottom: 1px solid var(--line); padding: .5rem 0; z-index: 1; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
#filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin-top: .5rem; }
#filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
#filters input, #filters select { font: inherit; padding: .3rem .5rem; border: 1px solid var(--muted); border-radius: 4px; background: var(--bg); color: var(--fg); max-width: 22rem; }
#filter-status { font-size: .9rem; color: var(--muted); min-height: 1.2em; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--panel); }
table.matrix td { text-align: center; min-width: 2.5rem; }
table.matrix th[scope=col] { font-size: .85rem; max-width: 9rem; }
table.matrix th[scope=row] { font-weight: normal; min-width: 18rem; max-width: 40rem; }
td.yes { font-weight: bold; color: var(--accent); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
ul.notes { margin: 0; padding-left: 1rem; font-size: .85rem; color: var(--muted); }
blockquote { margin: .2rem 0; padding-left: .75rem; border-left: 3px solid var(--line); }
ul.quotes > li, ul.claims > li { margin-bottom: .6rem; }
ol.timeline { padding-left: 0; list-style: none; }
ol.timeline li { display: grid; grid-template-columns: 3rem 7.5rem 1fr; gap: .5rem; padding: .3rem 0; border-bottom: 1px solid var(--line); }
.chart svg { max-width: 100%; height: auto; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.side { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; max-height: 70vh; overflow: auto; }
.side h4 { margin-top: 0; position: sticky; top: -.5rem; background: var(--bg); padding: .25rem 0; }
.text { white-space: pre-wrap; font-size: .95rem; }
mark { background: var(--mark); color: var(--mark-fg); border-radius: 2px; }
mark a { color: inherit; text-decoration: none; }
mark a:hover { text-decoration: underline; }
mark.flash { outline: 3px solid var(--flash); }
.actors { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: .75rem; }
.actor { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
.actor h4 { margin: 0; }
.graph svg { max-width: 100%; height: auto; }
.graph .node circle { fill: var(--panel); stroke: var(--fg); }
.graph text { fill: var(--fg); font-size: 12px; }
.graph .edge { fill: none; stroke: var(--accent); stroke-width: 1.5; }
.graph .edge.shared { stroke: var(--muted); stroke-dasharray: 4 3; }
.graph marker path { fill: var(--accent); }
details > summary { cursor: pointer; color: var(--muted); }
footer { margin-top: 3rem; border-top: 1px solid var(--line); padding-top: .5rem; color: var(--muted); font-size: .9rem; }
[hidden] { display: none !important; }
@media (max-width: 48rem) { .pair { grid-template-columns: 1fr; } ol.timeline li { grid-template-columns: 2.5rem 1fr; } }
@media print {
  nav, #filters, .skip { display: none !important; }
  body { max-width: none; font-size: 11pt; }
  [hidden] { display: revert !important; }
  .side { max-height: none; overflow: visible; }
  .scroll { overflow: visible; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; }
  section { break-inside: auto; } h2, h3, h4 { break-after: avoid; }
  details > *:not(summary) { display: block; }
}
`;

/**
 * Filters claims and quotes by text and outlet, and makes a click on a shared passage
 * scroll its counterpart into view. The filter form is hidden in the markup and shown
 * here, so without script there are no dead controls.
 */
export const REPORT_SCRIPT = `(function () {
  'use strict';
  var form = document.getElementById('filters');
  var search = document.getElementById('filter-text');
  var outlet = document.getElementById('filter-outlet');
  var status = document.getElementById('filter-status');
  if (form && search && outlet && status) {
    form.hidden = false;
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    var apply = function () {
      var term = search.value.trim().toLowerCase();
      var want = outlet.value;
      var items = document.querySelectorAll('[data-filter]');
      var shown = 0;
      for (var i = 0; i < items.length; i++) {
        var el = items[i];
        var ok = (!term || el.textContent.toLowerCase().indexOf(term) >= 0) &&
          (!want || (' ' + el.getAttribute('data-outlets') + ' ').indexOf(' ' + want + ' ') >= 0);
        el.hidden = !ok;
        if (ok) shown++;
      }
      status.textContent = term || want ? shown + ' of ' + items.length + ' claims and quotes shown' : '';
    };
    search.addEventListener('input', apply);
    outlet.addEventListener('change', apply);
  }
  document.addEventListener('click', function (e) {
    var link = e.target && e.target.closest ? e.target.closest('a.counterpart') : null;
    if (!link) return;
    var target = document.getElementById(link.getAttribute('href').slice(1));
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    var inner = target.querySelector('a');
    if (inner) inner.focus({ preventScroll: true });
    target.classList.add('flash');
    setTimeout(function () { target.classList.remove('flash'); }, 1500);
  });
})();`;
