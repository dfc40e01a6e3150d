// The UI's one stylesheet, served from /assets/app.css so the CSP can forbid inline styles.
// Colours follow the report's palette, light and dark.
export const APP_CSS = `
:root { color-scheme: light dark; --fg: #1b1b1f; --bg: #ffffff; --muted: #5b5b66; --line: #dcdce2;
  --accent: #1d4ed8; --panel: #f5f5f7; --mark: #fde68a; --mark-fg: #1b1b1f; --quote: #dbeafe; --quote-line: #3b82f6;
  --warn: #b45309; --bad: #b91c1c; --ok: #15803d; --focus: #c2410c; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e4e4e7; --bg: #17171a; --muted: #a1a1aa; --line: #3f3f46; --accent: #93c5fd; --panel: #232327;
    --mark: #854d0e; --mark-fg: #fefce8; --quote: #1e3a5f; --quote-line: #60a5fa; --warn: #fbbf24; --bad: #f87171; --ok: #4ade80; --focus: #fb923c; }
}
* { box-sizing: border-box; }
html { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
body { margin: 0; overflow-wrap: break-word; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; z-index: 3; }
.bar { border-bottom: 1px solid var(--line); background: var(--panel); }
.bar-inner { max-width: 72rem; margin: 0 auto; padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; }
.brand { font-weight: 700; font-size: 1.1rem; color: var(--fg); text-decoration: none; letter-spacing: .01em; }
.bar nav ul { list-style: none; display: flex; gap: 1rem; margin: 0; padding: 0; }
.bar nav a { text-decoration: none; padding: .2rem 0; }
.bar nav a[aria-current="page"] { color: var(--fg); font-weight: 600; border-bottom: 2px solid var(--accent); }
.bar form { margin-left: auto; display: flex; gap: .4rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .25rem 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-top: .6rem; border-top: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.muted { color: var(--muted); }
.small { font-size: .9rem; }
input, select, textarea, button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: 5px; padding: .35rem .55rem; max-width: 100%; }
textarea { width: 100%; min-height: 9rem; }
button, .button { cursor: pointer; background: var(--accent); color: var(--bg); border-color: var(--accent); font-weight: 600; text-decoration: none; border: 1px solid var(--accent); border-radius: 5px; padding: .35rem .8rem; display: inline-block; }
.button.secondary { background: transparent; color: var(--accent); }
label { display: flex; flex-direction: column; gap: .2rem; font-size: .9rem; color: var(--muted); }
.fields { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: end; }
.fields label input { min-width: 12rem; }
fieldset { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem 1rem; margin: 0 0 1.25rem; }
legend { font-weight: 600; padding: 0 .3rem; }
.tabs { display: flex; gap: .5rem; margin: .5rem 0 1rem; flex-wrap: wrap; align-items: center; }
.tabs a { padding: .2rem .7rem; border: 1px solid var(--line); border-radius: 999px; text-decoration: none; }
.tabs a[aria-current="true"] { background: var(--accent); color: var(--bg); border-color: var(--accent); }
.cards { list-style: none; padding: 0; margin: 0; display: grid; gap: .75rem; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; background: var(--bg); }
.card h3 { margin: 0 0 .25rem; font-size: 1.1rem; }
.card p { margin: .15rem 0; }
.chips { display: flex; flex-wrap: wrap; gap: .3rem; list-style: none; padding: 0; margin: .3rem 0; }
.chips li { background: var(--panel); border: 1px solid var(--line); border-radius: 999px; padding: 0 .55rem; font-size: .85rem; }
.chips li.warn { border-color: var(--warn); color: var(--warn); }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: .5rem; margin: .75rem 0 1rem; padding: 0; }
.figures div { border: 1px solid var(--line); border-radius: 8px; padding: .45rem .75rem; }
.figures dt { font-size: .8rem; color: var(--muted); } .figures dd { margin: 0; font-size: 1.35rem; font-weight: 700; }
.actions { display: flex; gap: .6rem; flex-wrap: wrap; margin: .5rem 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
th, td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--panel); font-size: .9rem; }
td.date { white-space: nowrap; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .5rem 0 1rem; }
dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; }
.text { white-space: pre-wrap; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; line-height: 1.7; max-width: 46rem; background: var(--panel); border-radius: 8px; padding: 1rem 1.25rem; }
.quote { background: var(--quote); border-bottom: 2px solid var(--quote-line); }
.mention { color: inherit; text-decoration: none; border-bottom: 2px dotted var(--accent); font-weight: 600; }
.mention:hover { background: var(--mark); color: var(--mark-fg); }
time.when { border-bottom: 2px solid var(--ok); }
mark { background: var(--mark); color: var(--mark-fg); padding: 0 .1em; border-radius: 2px; }
.legend { display: flex; gap: 1rem; flex-wrap: wrap; font-size: .9rem; margin: .25rem 0 .75rem; }
blockquote { margin: .4rem 0; padding: .2rem .8rem; border-left: 3px solid var(--quote-line); }
.notice { border: 1px solid var(--line); border-left: 4px solid var(--accent); padding: .6rem 1rem; border-radius: 6px; margin: .75rem 0; background: var(--panel); }
.notice.bad { border-left-color: var(--bad); }
.notice.ok { border-left-color: var(--ok); }
.results { list-style: none; padding: 0; }
.results li { padding: .6rem 0; border-bottom: 1px solid var(--line); }
.empty { padding: 2rem; text-align: center; border: 1px dashed var(--line); border-radius: 8px; color: var(--muted); }
footer { max-width: 72rem; margin: 0 auto; padding: 1rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); }
@media (max-width: 40rem) { .bar form { margin-left: 0; width: 100%; } .bar form input { flex: 1; } dl.meta { grid-template-columns: 1fr; } }
`;
