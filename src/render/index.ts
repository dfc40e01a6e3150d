// The render stage: a dossier as terminal text, one self-contained HTML file, Markdown
// and CSV. All pure functions of the dossier.
export { renderTerminal, type TerminalOptions } from './terminal.js';
export { renderHtml } from './html.js';
export { renderMarkdown, escapeMarkdown } from './markdown.js';
export { renderCsv, csvField, type CsvTable } from './csv.js';
export { escapeHtml, safeHttpUrl } from './escape.js';
export { jsonChunks } from './json.js';
