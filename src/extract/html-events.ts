// The element events the tree pass reads (tag opened, attribute, text, tag closed), straight from htmlparser2's
// tokenizer. They are the events htmlparser2's Parser gives in HTML mode with lower-cased names and entity
// decoding off (tags a new tag implies closed, void elements, `</p>` and `</br>` without an opening tag,
// self-closing tags only inside SVG and MathML, everything left open closed at the end), without the Parser's
// own bookkeeping (an attribute object per tag, open elements kept by `unshift`, optional-callback checks), which
// on a first pass over ScrapingHub cost about half as much again as the tokenizing itself.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { taggedList } from './tagged-list.js';

export interface ElementEvents {
  /**
   * A start tag's name, lower-cased; its attributes follow, then the next event ends the tag. `at` is the index
   * of the tag's `<` in the page (for `attributesAt`), or -1 for a tag the markup only implies (`</p>`, `</br>`).
   */
  openTag(name: string, at: number): void;
  /**
   * One attribute of the tag being opened: lower-cased name, value as written (references not decoded). Only
   * the names `readElements` was asked for, when it was given any.
   */
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

/**
 * `s` lower-cased. Names and classes are nearly always lower-case ASCII already: returning them as they are spares
 * `toLowerCase`, which on a page holding any character beyond Latin-1 (a curly quote is enough: the whole page and
 * every piece sliced from it are then two-byte strings) goes through the slower Unicode case mapping.
 */
export function lowerCased(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return s.toLowerCase();
  }
  return s;
}

class EventBuilder implements TokenizerCallbacks {
  /** Open elements, innermost last. */
  private readonly stack: string[] = taggedList();
  /** Whether self-closing tags close (inside SVG or MathML), innermost last. */
  private readonly foreign: boolean[] = [false];
  private tagname = '';
  private attribname = '';
  private attribvalue = '';
  /** Whether the attribute being read is reported (its value is not even sliced out otherwise). */
  private keep = false;
  /** Marks the lower-cased first letter + length of each wanted name: rules out most others before slicing them. */
  private readonly shapes: Uint8Array | null;

  constructor(
    private readonly html: string,
    private readonly events: ElementEvents,
    private readonly wanted: ReadonlySet<string> | null,
  ) {
    this.shapes = wanted ? shapesOf(wanted) : null;
  }

  ontext(start: number, end: number): void {
    this.events.text(this.html.slice(start, end));
  }

  onopentagname(start: number, end: number): void {
    this.emitOpenTag(lowerCased(this.html.slice(start, end)), start - 1);
  }

  private emitOpenTag(name: string, at: number): void {
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
    this.events.openTag(name, at);
  }

  onattribname(start: number, end: number): void {
    const wanted = this.wanted;
    if (wanted === null) {
      this.attribname = lowerCased(this.html.slice(start, end));
      this.keep = true;
      return;
    }
    this.keep = false;
    if (this.shapes?.[shape(this.html.charCodeAt(start), end - start)] !== 1) return;
    const name = lowerCased(this.html.slice(start, end));
    if (!wanted.has(name)) return;
    this.attribname = name;
    this.keep = true;
  }

  onattribdata(start: number, end: number): void {
    if (this.keep) this.attribvalue += this.html.slice(start, end);
  }

  onattribentity(): void {
    // Not called: references are not decoded.
  }

  onattribend(): void {
    if (this.keep) this.events.attribute(this.attribname, this.attribvalue);
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
    const name = lowerCased(this.html.slice(start, end));
    if (FOREIGN.has(name) || INTEGRATION.has(name)) this.foreign.pop();
    const at = VOID.has(name) ? -1 : this.stack.lastIndexOf(name);
    if (at !== -1) {
      const stack = this.stack;
      while (stack.length > at) this.events.closeTag(stack.pop() ?? '');
    } else {
      this.unopened(name);
    }
  }

  /**
   * An end tag with no open element of its name (or of a void element). Its own method: the names it tests are
   * first met on a late page, and the tokenizer's compiled code is then not thrown away for them.
   */
  private unopened(name: string): void {
    if (name === 'p') {
      // `</p>` with no open <p>: an empty paragraph.
      this.emitOpenTag('p', -1);
      this.closeCurrentTag();
    } else if (name === 'br') {
      // `</br>` is read as <br>.
      this.events.openTag('br', -1);
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

/** A name's lower-cased first letter and its length, as one number below 2^14 (other first characters share slots). */
function shape(first: number, length: number): number {
  return ((first | 32) & 255) * 64 + (length < 63 ? length : 63);
}

function shapesOf(names: ReadonlySet<string>): Uint8Array {
  const table = new Uint8Array(256 * 64);
  for (const n of names) table[shape(n.charCodeAt(0), n.length)] = 1;
  return table;
}

/** The tokenizer's internals the faster skip reads and moves. */
interface SkipState {
  buffer: string;
  index: number;
  offset: number;
}

/**
 * htmlparser2's tokenizer skips text, attribute values, script and style bodies and comments by stepping a
 * `charCodeAt` loop to the next character it waits for; a string search finds it several times faster on long
 * runs (inline scripts and JSON are often half a page). Same contract: the index ends on the character and the
 * result is true, or on the buffer's last character and false.
 */
function skipTo(this: SkipState, c: number): boolean {
  const at = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
  if (at < 0) {
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
  this.index = at + this.offset;
  return true;
}

/** The tokenizer with the faster skip, when the installed htmlparser2 has the method it replaces. */
class SkippingTokenizer extends Tokenizer {}
if (typeof (Tokenizer.prototype as unknown as { fastForwardTo?: unknown }).fastForwardTo === 'function') {
  (SkippingTokenizer.prototype as unknown as { fastForwardTo: typeof skipTo }).fastForwardTo = skipTo;
}

/**
 * Runs `html` through the tokenizer and gives `events` the element events, in document order; attribute events
 * only for the lower-cased names in `attributes`, when given.
 */
export function readElements(html: string, events: ElementEvents, attributes?: ReadonlySet<string>): void {
  const tokenizer = new SkippingTokenizer({ xmlMode: false, decodeEntities: false }, new EventBuilder(html, events, attributes ?? null));
  tokenizer.write(html);
  tokenizer.end();
}

/**
 * The attributes of the start tag whose `<` is at `at` (an `openTag` event's index), as htmlparser2's Parser
 * gives them: lower-cased names, the first of a repeated name, values as written. Reading them only when asked
 * spares the pass an attribute object for every block.
 */
export function attributesAt(html: string, at: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (at < 0) return attrs;
  let name = '';
  let value = '';
  let opened = false;
  const stop = (): void => tokenizer.pause();
  const tokenizer: Tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname: () => {
        // A second tag means the first ended without `>` (cut off): nothing more belongs to it.
        if (opened) stop();
        opened = true;
      },
      onattribname: (s, e) => {
        name = html.slice(at + s, at + e).toLowerCase();
      },
      onattribdata: (s, e) => {
        value += html.slice(at + s, at + e);
      },
      onattribend: () => {
        if (!Object.prototype.hasOwnProperty.call(attrs, name)) attrs[name] = value;
        value = '';
      },
      onopentagend: stop,
      onselfclosingtag: stop,
      onattribentity: () => {},
      oncdata: () => {},
      onclosetag: stop,
      oncomment: () => {},
      ondeclaration: () => {},
      onend: () => {},
      onprocessinginstruction: () => {},
      ontext: () => {},
      ontextentity: () => {},
    },
  );
  tokenizer.write(html.slice(at));
  return attrs;
}
