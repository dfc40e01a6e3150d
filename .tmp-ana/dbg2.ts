import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
const html = gunzipSync(readFileSync(process.argv[2]!)).toString('utf8');
const stack: string[] = [];
let hit = false;
const p = new Parser({
  onopentag(n, a) { stack.push(n + ('hidden' in a ? '[hidden]' : '') + (a['aria-hidden'] === 'true' ? '[ah]' : '') + (/display\s*:\s*none/.test(a['style'] ?? '') ? '[dn]' : '')); },
  onclosetag() { stack.pop(); },
  ontext(t) { if (!hit && t.includes(process.argv[3]!)) { hit = true; console.log(stack.join(' > ')); } },
}, { decodeEntities: true });
p.write(html); p.end();
