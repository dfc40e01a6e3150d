// The report's inline stylesheet and script. Both are constants (the CSP hashes the
// script), and neither contains dossier text.

export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1b1b1f; --bg: #ffffff; --muted: #52525b; --line: #d4d4d8;
  --accent: #1d4ed8; --mark: #fde68a; --mark-fg: #1b1b1f; --flash: #c2410c; --panel: #f4f4f5; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e4e4e7; --bg: #18181b; --muted: #a1a1aa; --line: #3f3f46; --accent: #93c5fd;
    --mark: #854d0e; --mark-fg: #fefce8; --flash: #fb923c; --panel: #27272a; }
}
* { box-sizing: border-box; }
html { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
body { margin: 0 auto; max-width: 76rem; padding: 0 1rem 3rem; overflow-wrap: break-word; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--flash); outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; z-index: 3; }
header { padding: 1.5rem 0 .75rem; }
h1 { margin: 0 0 .25rem; font-size: 1.75rem; line-height: 1.25; }
h2 { margin-top: 2.5rem; font-size: 1.5rem; }
h3 { margin: 2.75rem 0 .75rem; font-size: 1.35rem; padding-top: .75rem; border-top: 2px solid var(--fg); }
h4 { margin: 1.4rem 0 .4rem; font-size: 1.05rem; } h5 { margin: 1rem 0 .3rem; font-size: 1rem; }
.muted, .count { color: var(--muted); font-weight: normal; }
nav { background: var(--bg); border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); padding: .5rem 0; z-index: 2; }
@media (min-width: 48rem) { nav { position: sticky; top: 0; } section[id], mark[id] { scroll-margin-top: 8.5rem; } }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
#filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin-top: .5rem; }
#filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
#filters input, #filters select, #filters button, .pick select { font: inherit; padding: .3rem .5rem; border: 1px solid var(--muted); border-radius: 4px; background: var(--bg); color: var(--fg); max-width: 100%; }
#filters input { width: 18rem; } #filters select { max-width: 16rem; }
#filters button { cursor: pointer; }
#filter-status { font-size: .9rem; color: var(--muted); min-height: 1.2em; align-self: center; }
.scroll { overflow-x: auto; max-width: 100%; position: relative; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--panel); }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); gap: .5rem; margin: 0 0 1rem; }
.figures div { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
.figures dt { font-size: .85rem; color: var(--muted); } .figures dd { margin: 0; } .figures strong { font-size: 1.4rem; display: block; line-height: 1.2; }
.figures dd .muted { font-size: .85rem; }
ol.top li { margin-bottom: .4rem; max-width: 60rem; }
table.matrix td { text-align: center; min-width: 2.2rem; }
table.matrix th[scope=col] { font-size: .85rem; max-width: 9rem; }
table.matrix th[scope=row] { font-weight: normal; min-width: 16rem; max-width: 40rem; }
table.matrix.many th[scope=col]:not(:first-child) { writing-mode: vertical-rl; transform: rotate(180deg); max-height: 12rem; vertical-align: bottom; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding: .5rem .2rem; }
table.matrix tbody tr:hover { background: var(--panel); }
td.yes { font-weight: bold; color: var(--accent); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
ul.notes { margin: 0; padding-left: 1rem; font-size: .85rem; color: var(--muted); }
blockquote { margin: .2rem 0; padding-left: .75rem; border-left: 3px solid var(--line); }
ul.quotes, ul.claims { max-width: 60rem; }
ul.quotes > li, ul.claims > li { margin-bottom: .6rem; }
details.group > summary h4, details.group > summary h5 { display: inline; }
details.group { margin: .75rem 0; }
ol.timeline { padding-left: 0; list-style: none; }
ol.timeline li { display: grid; grid-template-columns: 3rem 7.5rem minmax(0, 60rem); gap: .5rem; padding: .35rem 0; border-bottom: 1px solid var(--line); }
.chart { margin: 0 0 1rem; } .chart svg { max-width: 100%; height: auto; }
.pick { margin: 1.25rem 0 .5rem; } .pick label { font-weight: bold; } .pick select { width: 40rem; }
.pair { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; }
.side { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; max-height: 70vh; overflow: auto; }
.side h5 { margin-top: 0; position: sticky; top: -.5rem; background: var(--bg); padding: .25rem 0; }
.text { white-space: pre-wrap; font-size: .95rem; overflow-wrap: anywhere; }
mark { background: var(--mark); color: var(--mark-fg); border-radius: 2px; }
mark a { color: inherit; text-decoration: none; }
mark a:hover, mark a:focus-visible { text-decoration: underline; }
mark.flash, mark:target { outline: 3px solid var(--flash); }
.actors { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: .75rem; align-items: start; }
.actor { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
.actor h4 { margin: 0; }
.actor ul { padding-left: 1.1rem; } .actor blockquote { font-size: .9rem; }
.graph svg { max-width: none; height: auto; }
.graph .node circle { fill: var(--panel); stroke: var(--fg); }
.graph text { fill: var(--fg); font-size: 12px; }
.graph .edge { fill: none; stroke: var(--accent); stroke-width: 1.5; }
.graph .edge.shared { stroke: var(--muted); stroke-dasharray: 4 3; }
.graph marker path { fill: var(--accent); }
table.provenance td { max-width: 30rem; } .ref, time, table.provenance td:nth-child(2) { white-space: nowrap; }
details > summary { cursor: pointer; color: var(--muted); }
footer { margin-top: 3rem; border-top: 1px solid var(--line); padding-top: .5rem; color: var(--muted); font-size: .9rem; }
[hidden] { display: none !important; }
@media (max-width: 48rem) {
  h1 { font-size: 1.4rem; } h3 { font-size: 1.2rem; }
  .pair { grid-template-columns: minmax(0, 1fr); }
  ol.timeline li { grid-template-columns: 2.5rem minmax(0, 1fr); } ol.timeline li > :last-child { grid-column: 1 / -1; }
  table.matrix th[scope=row] { min-width: 12rem; }
  #filters input { width: 100%; } #filters label { flex: 1 1 12rem; }
}
@media print {
  nav, #filters, .skip, .pick { display: none !important; }
  body { max-width: none; font-size: 10.5pt; }
  .pair-views > [hidden] { display: block !important; }
  .side { max-height: none; overflow: visible; }
  .scroll { overflow: visible; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; }
  h2, h3, h4, h5 { break-after: avoid; } tr, li, .actor, .figures div { break-inside: avoid; }
  mark { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

/**
 * Filters claims and quotes by text and outlet, switches the side-by-side reuse view
 * between pairs (building those not in the markup from the page's JSON data blocks, with
 * text nodes only), and makes a click on a shared passage scroll its counterpart into
 * view. Controls that need script are hidden in the markup and shown here, so without
 * script there are no dead controls.
 */
export const REPORT_SCRIPT = `(function () {
  'use strict';
  var form = document.getElementById('filters');
  var search = document.getElementById('filter-text');
  var outlet = document.getElementById('filter-outlet');
  var status = document.getElementById('filter-status');
  if (form && search && outlet && status) {
    form.hidden = false;
    var groups = document.querySelectorAll('details.group');
    var wasOpen = [];
    for (var g = 0; g < groups.length; g++) wasOpen.push(groups[g].open);
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
      // A folded list opens while a filter finds something in it, and folds back after.
      for (var k = 0; k < groups.length; k++) {
        groups[k].open = term || want ? groups[k].querySelector('[data-filter]:not([hidden])') !== null : wasOpen[k];
      }
      status.textContent = term || want ? shown + ' of ' + items.length + ' claims and quotes shown' : '';
    };
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    search.addEventListener('input', apply);
    search.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && search.value) { search.value = ''; apply(); }
    });
    outlet.addEventListener('change', apply);
  }

  var build = function (tag, cls, text) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    if (text) el.textContent = text;
    return el;
  };
  var buildPair = function (data, k, id) {
    var pair = data.pairs[k];
    var section = build('section', 'pair-view');
    section.id = id;
    section.setAttribute('aria-label', pair.heading);
    section.appendChild(build('h4', '', pair.heading));
    section.appendChild(build('p', 'muted', 'Highlighted passages appear in both; select one to jump to its counterpart.'));
    var grid = build('div', 'pair');
    var linked = {};
    for (var l = 0; l < pair.linked.length; l++) linked[pair.linked[l]] = true;
    for (var s = 0; s < 2; s++) {
      var side = pair.sides[s];
      var own = id + (s ? '-b' : '-a');
      var other = id + (s ? '-a' : '-b');
      var pane = build('section', 'side');
      pane.setAttribute('aria-label', side.label);
      var head = build('h5', '', side.label + ' ');
      head.appendChild(build('span', 'count', '\u00b7 ' + side.title));
      pane.appendChild(head);
      var body = build('div', 'text');
      var text = side.key === null ? null : data.texts[side.key];
      if (text === null || text === undefined) {
        body.appendChild(build('em', '', 'Text not in the dossier.'));
      } else {
        var cursor = 0;
        var seen = {};
        for (var m = 0; m < side.marks.length; m++) {
          var mk = side.marks[m];
          body.appendChild(document.createTextNode(text.slice(cursor, mk[0])));
          var mark = build('mark');
          if (!seen[mk[2]]) mark.id = own + mk[2];
          seen[mk[2]] = true;
          mark.title = 'Shared passage ' + (mk[2] + 1);
          if (linked[mk[2]]) {
            var a = build('a', 'counterpart', text.slice(mk[0], mk[1]));
            a.href = '#' + other + mk[2];
            mark.appendChild(a);
          } else {
            mark.textContent = text.slice(mk[0], mk[1]);
          }
          body.appendChild(mark);
          cursor = mk[1];
        }
        body.appendChild(document.createTextNode(text.slice(cursor)));
      }
      pane.appendChild(body);
      grid.appendChild(pane);
    }
    section.appendChild(grid);
    return section;
  };
  var pickers = document.querySelectorAll('select[data-views]');
  for (var p = 0; p < pickers.length; p++) {
    (function (select) {
      var views = document.getElementById(select.getAttribute('data-views'));
      if (!views) return;
      var base = views.id.replace(/-views$/, '');
      var source = document.getElementById(select.getAttribute('data-source'));
      var data = null;
      var show = function (k) {
        var id = base + '-p' + k;
        var view = document.getElementById(id);
        if (!view && source) {
          if (!data) data = JSON.parse(source.textContent);
          if (data.pairs[k]) view = views.appendChild(buildPair(data, k, id));
        }
        if (!view) return null;
        for (var c = 0; c < views.children.length; c++) views.children[c].hidden = views.children[c] !== view;
        select.value = String(k);
        return view;
      };
      select.parentNode.hidden = false;
      show(0);
      select.addEventListener('change', function () { show(Number(select.value)); });
      var cells = document.querySelectorAll('[data-pair-cell]');
      for (var c = 0; c < cells.length; c++) {
        if (!views.parentNode.contains(cells[c])) continue;
        var link = build('a', '', cells[c].textContent);
        link.href = '#' + base + '-p' + cells[c].getAttribute('data-pair-cell');
        link.setAttribute('data-pair', cells[c].getAttribute('data-pair-cell'));
        cells[c].replaceWith(link);
      }
      views.parentNode.addEventListener('click', function (e) {
        var link = e.target && e.target.closest ? e.target.closest('a[data-pair]') : null;
        if (!link) return;
        e.preventDefault();
        var view = show(Number(link.getAttribute('data-pair')));
        if (view) { select.scrollIntoView({ block: 'start' }); select.focus({ preventScroll: true }); }
      });
    })(pickers[p]);
  }

  document.addEventListener('click', function (e) {
    var link = e.target && e.target.closest ? e.target.closest('a.counterpart') : null;
    if (!link) return;
    var target = document.getElementById(link.getAttribute('href').slice(1));
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView({ block: 'center' });
    var inner = target.querySelector('a');
    if (inner) inner.focus({ preventScroll: true });
    target.classList.add('flash');
    setTimeout(function () { target.classList.remove('flash'); }, 1500);
  });

  // Print every folded section: a printed report cannot be unfolded.
  var folded = [];
  window.addEventListener('beforeprint', function () {
    folded = Array.prototype.filter.call(document.querySelectorAll('details:not([open])'), function (d) { return !d.querySelector('[data-filter][hidden]') || d.querySelector('[data-filter]:not([hidden])'); });
    for (var f = 0; f < folded.length; f++) folded[f].open = true;
  });
  window.addEventListener('afterprint', function () {
    for (var f = 0; f < folded.length; f++) folded[f].open = false;
    folded = [];
  });
})();`;
