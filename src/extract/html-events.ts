// The element events the tree pass reads (tag opened, attribute, text, tag closed), straight from htmlparser2's
// tokenizer. They are the events htmlparser2's Parser gives in HTML mode with lower-cased names and entity
// decoding off (tags a new tag implies closed, void elements, `</p>` and `</br>` without an opening tag,
// self-closing tags only inside SVG and MathML, everything left open closed at the end), without the Parser's
// own bookkeeping (an attribute object per tag, open elements kept by `unshift`, optional-callback checks), which
// on a first pass over ScrapingHub cost about half as much again as the tokenizing itself.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

export interface ElementEvents {
  /** A start tag's name, lower-cased; its attributes follow, then the next event ends the tag. */
  openTag(name: string): void;
  /** One attribute of the tag being opened: lower-cased name, value as written (references not decoded). */
  attribute(name: string, value: string): void;
  /** Text as written (references not decoded). */
  text(raw: string): void;
  /** An element closed, by its end tag, by a tag that implies it, or by the end of the page. */
  closeTag(name: string): void;
}

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const TABLE_SECTION = new Set(['thead', 'tbody']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);
/** Open elements a start tag closes (htmlparser2's table, which simplifies the HTML standard's). */
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['li', new Set(['li'])], ['p', P], ['h1', P], ['h2', P], ['h3', P],
  ['h4', P], ['h5', P], ['h6', P], ['select', FORM], ['input', FORM], ['output', FORM], ['button', FORM],
  ['datalist', FORM], ['textarea', FORM], ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DD_DT], ['dt', DD_DT], ['address', P], ['article', P], ['aside', P], ['blockquote', P], ['details', P],
  ['div', P], ['dl', P], ['fieldset', P], ['figcaption', P], ['figure', P], ['footer', P], ['form', P], ['header', P],
  ['hr', P], ['main', P], ['nav', P], ['ol', P], ['pre', P], ['section', P], ['table', P], ['ul', P], ['rt', RT_RP],
  ['rp', RT_RP], ['tbody', TABLE_SECTION], ['tfoot', TABLE_SECTION],
]);
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

class EventBuilder implements TokenizerCallbacks {
  /** Open elements, innermost last. */
  private readonly stack: string[] = [];
  /** Whether self-closing tags close (inside SVG or MathML), innermost last. */
  private readonly foreign: boolean[] = [false];
  private tagname = '';
  private attribname = '';
  private attribvalue = '';

  constructor(
    private readonly html: string,
    private readonly events: ElementEvents,
  ) {}

  ontext(start: number, end: number): void {
    this.events.text(this.html.slice(start, end));
  }

  onopentagname(start: number, end: number): void {
    this.emitOpenTag(this.html.slice(start, end).toLowerCase());
  }

  private emitOpenTag(name: string): void {
    this.tagname = name;
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) {
      const stack = this.stack;
      while (stack.length > 0 && closes.has(stack[stack.length - 1] ?? '')) this.events.closeTag(stack.pop() ?? '');
    }
    if (!VOID.has(name)) {
      this.stack.push(name);
      if (FOREIGN.has(name)) this.foreign.push(true);
      else if (INTEGRATION.has(name)) this.foreign.push(false);
    }
    this.events.openTag(name);
  }

  onattribname(start: number, end: number): void {
    this.attribname = this.html.slice(start, end).toLowerCase();
  }

  onattribdata(start: number, end: number): void {
    this.attribvalue += this.html.slice(start, end);
  }

  onattribentity(): void {
    // Not called: references are not decoded.
  }

  onattribend(): void {
    this.events.attribute(this.attribname, this.attribvalue);
    this.attribvalue = '';
  }

  onopentagend(): void {
    this.endOpenTag();
  }

  private endOpenTag(): void {
    if (VOID.has(this.tagname)) this.events.closeTag(this.tagname);
    this.tagname = '';
  }

  onclosetag(start: number, end: number): void {
    const name = this.html.slice(start, end).toLowerCase();
    if (FOREIGN.has(name) || INTEGRATION.has(name)) this.foreign.pop();
    if (!VOID.has(name)) {
      const stack = this.stack;
      const at = stack.lastIndexOf(name);
      if (at !== -1) {
        while (stack.length > at) this.events.closeTag(stack.pop() ?? '');
      } else if (name === 'p') {
        // `</p>` with no open <p>: an empty paragraph.
        this.emitOpenTag('p');
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      // `</br>` is read as <br>.
      this.events.openTag('br');
      this.events.closeTag('br');
    }
  }

  private closeCurrentTag(): void {
    const name = this.tagname;
    this.endOpenTag();
    if (this.stack[this.stack.length - 1] === name) {
      this.stack.pop();
      this.events.closeTag(name);
    }
  }

  onselfclosingtag(): void {
    if (this.foreign[this.foreign.length - 1]) this.closeCurrentTag();
    else this.endOpenTag();
  }

  oncdata(): void {
    // HTML mode: CDATA is a comment.
  }

  oncomment(): void {}

  ondeclaration(): void {}

  onprocessinginstruction(): void {}

  ontextentity(): void {
    // Not called: references are not decoded.
  }

  onend(): void {
    const stack = this.stack;
    for (let i = stack.length - 1; i >= 0; i--) this.events.closeTag(stack[i] ?? '');
  }
}

/** Runs `html` through the tokenizer and gives `events` the element events, in document order. */
export function readElements(html: string, events: ElementEvents): void {
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: false }, new EventBuilder(html, events));
  tokenizer.write(html);
  tokenizer.end();
}
