import { extract } from '../src/extract/index.js';
import { parseLight } from '../src/extract/html-tree.js';
import { chooseContent } from '../src/extract/html-content.js';
const para = (s: string, n = 4) => Array.from({ length: n }, (_, i) => `<p>${s} number ${i + 1}, which runs long enough, with commas, to count as body text of the story.</p>`).join('');
const page = `<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
    <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
    <div id="story" class="article-body">${para('Body paragraph')}<ul class="related"><li><a href="/1">Other story one</a></li><li><a href="/2">Other story two</a></li></ul></div>
    <div class="comments">${para('A reader comment', 1)}</div><footer><p>Copyright notice, about us, contact, privacy policy and terms.</p></footer></body></html>`;
console.log(extract({ input: 'x', origin: 'x', format: 'html', content: page, meta: {} }));
const html = `<div class="rodape"><p>Address line, phone, tax number, postbox, all of the footer.</p></div><div class="main"><b>05/10/2018</b><br>${'Loose body text of the news item, written without paragraph tags, and long. '.repeat(6)}<br><br>More loose text.</div>`;
const c = chooseContent(parseLight(html).blocks);
console.log(c?.top.hint, c?.top.score, parseLight(html).blocks.map((b) => [b.tag, b.hint, b.ownChars]));
