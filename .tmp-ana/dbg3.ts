import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
const html = gunzipSync(readFileSync(process.argv[2]!)).toString('utf8');
const at = html.indexOf('QUICK SUMMARY');
console.log('at', at, html.length);
let last = '';
const p = new Parser({
  onopentag(n) { last = n; },
  ontext(t) { if (t.includes('QUICK')) console.log('text', p.startIndex); },
}, { decodeEntities: true });
p.write(html); p.end();
console.log('end', p.startIndex, last);
// find last tag before the content
const q = new Parser({ onopentag(n) { if (q.startIndex < at && q.startIndex > at - 3000) console.log(q.startIndex, n); } }, {});
q.write(html.slice(0, at + 10)); q.end();
