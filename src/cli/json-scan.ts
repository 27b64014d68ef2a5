/**
 * A streaming reader for the top level of a feed document, so `tis-feed validate` checks a
 * 50 MB file in bounded memory.
 *
 * The document is fed in text chunks. The reader walks the top-level object itself; the arrays
 * named in `streamed` (the collections) are cut into their elements, and every element (and
 * every other top-level value) is decoded on its own with the engine's `JSON.parse`. So only
 * one item is held in memory at a time, and decoding stays native-fast.
 *
 * Malformed JSON is reported with its line and column (1-based; columns count UTF-16 code
 * units, like most editors): the fast path finds the broken value, then `findSyntaxError` walks
 * that value again to pin the exact position, because Node 20's messages do not always give one.
 */

export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly detail: { fr: string; en: string },
  ) {
    super(`${detail.en} (${line}:${column})`);
  }
}

export interface ScanHandlers {
  /** A whole top-level member (not a streamed array). */
  member(key: string, value: unknown): void;
  /** A streamed array starts. */
  arrayStart?(key: string): void;
  /** One element of a streamed array. */
  element(key: string, index: number, value: unknown): void;
  /** A streamed array ends. */
  arrayEnd?(key: string, count: number): void;
}

const enum State {
  Start,
  KeyOrEnd,
  Key,
  Colon,
  Value,
  AfterMember,
  ArrayFirst,
  ArrayNext,
  AfterElement,
  Done,
}

/** What matters inside a string (its end, an escape, a line break) and inside a value. */
const IN_STRING = /["\\\n]/g;
const IN_VALUE = /["{}[\]\n]/g;

const WS = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const DESCRIBE = (c: string) => (c === '' ? 'EOF' : JSON.stringify(c));

const UNEXPECTED = (char: string, expected: { fr: string; en: string }) => ({
  fr: `caractère inattendu ${DESCRIBE(char)}, attendu : ${expected.fr}`,
  en: `unexpected ${DESCRIBE(char)}, expected ${expected.en}`,
});

/** Where a top-level value or an element being captured started, and its text so far. */
interface Capture {
  parts: string[];
  line: number;
  column: number;
  /** 0: a scalar; otherwise nesting depth of `{`/`[`. */
  depth: number;
  scalar: boolean;
  /** Inside a string literal; `escape`: the previous char was a backslash. */
  inString: boolean;
  escape: boolean;
  /** The capture is a key string. */
  isKey: boolean;
}

export class FeedScanner {
  private state = State.Start;
  private line = 1;
  private column = 0;
  private key = '';
  private index = 0;
  private capture: Capture | undefined;
  private first = true;

  constructor(
    private readonly handlers: ScanHandlers,
    private readonly streamed: ReadonlySet<string>,
  ) {}

  /** Feeds the next chunk of text. Throws `JsonSyntaxError` on malformed JSON. */
  push(chunk: string): void {
    let i = 0;
    if (this.first) {
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1; // byte-order mark
    }
    const n = chunk.length;
    let captureFrom = this.capture ? 0 : -1;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      const capture = this.capture;
      if (capture) {
        // Hot path: jump from one interesting character to the next with a native regex search.
        if (capture.escape) {
          capture.escape = false;
          this.advance(c);
          i += 1;
          continue;
        }
        if (capture.scalar) {
          if (WS(c) || c === 0x2c || c === 0x7d || c === 0x5d) {
            capture.parts.push(chunk.slice(captureFrom, i));
            this.finishCapture();
            captureFrom = -1;
            continue; // the delimiter is read again by the next state
          }
          this.advance(c);
          i += 1;
          continue;
        }
        const pattern = capture.inString ? IN_STRING : IN_VALUE;
        pattern.lastIndex = i;
        const found = pattern.exec(chunk);
        if (!found) {
          this.column += n - i;
          break; // the rest of the chunk belongs to the capture
        }
        this.column += found.index - i;
        i = found.index;
        const d = chunk.charCodeAt(i);
        this.advance(d);
        i += 1;
        if (capture.inString) {
          if (d === 0x5c) capture.escape = true;
          else if (d === 0x22) {
            capture.inString = false;
            if (capture.depth === 0) {
              capture.parts.push(chunk.slice(captureFrom, i));
              this.finishCapture();
              captureFrom = -1;
            }
          }
          continue;
        }
        if (d === 0x22) capture.inString = true;
        else if (d === 0x7b || d === 0x5b) capture.depth += 1;
        else if (d === 0x7d || d === 0x5d) {
          capture.depth -= 1;
          if (capture.depth === 0) {
            capture.parts.push(chunk.slice(captureFrom, i));
            this.finishCapture();
            captureFrom = -1;
          }
        }
        continue;
      }
      if (WS(c)) {
        this.advance(c);
        i += 1;
        continue;
      }
      const char = chunk[i]!;
      switch (this.state) {
        case State.Start:
          if (c !== 0x7b) {
            if (char === '<')
              this.fail({
                fr: 'ceci est une page HTML, pas un flux JSON',
                en: 'this is an HTML page, not a JSON feed',
              });
            this.fail(UNEXPECTED(char, { fr: '« { » (un objet JSON)', en: '"{" (a JSON object)' }));
          }
          this.state = State.KeyOrEnd;
          break;
        case State.KeyOrEnd:
        case State.Key:
          if (c === 0x7d && this.state === State.KeyOrEnd) {
            this.state = State.Done;
            break;
          }
          if (c !== 0x22)
            this.fail(
              UNEXPECTED(char, {
                fr: 'un nom de champ entre guillemets',
                en: 'a quoted field name',
              }),
            );
          this.startCapture(true);
          this.capture!.inString = true;
          captureFrom = i;
          break;
        case State.Colon:
          if (c !== 0x3a) this.fail(UNEXPECTED(char, { fr: '« : »', en: '":"' }));
          this.state = State.Value;
          break;
        case State.Value:
          if (c === 0x5b && this.streamed.has(this.key)) {
            this.index = 0;
            this.handlers.arrayStart?.(this.key);
            this.state = State.ArrayFirst;
            break;
          }
          this.startValue(c, char);
          captureFrom = i;
          continue; // the first char is read again by the capture loop
        case State.ArrayFirst:
        case State.ArrayNext:
          if (c === 0x5d && this.state === State.ArrayFirst) {
            this.handlers.arrayEnd?.(this.key, this.index);
            this.state = State.AfterMember;
            break;
          }
          this.startValue(c, char);
          captureFrom = i;
          continue;
        case State.AfterElement:
          if (c === 0x2c) this.state = State.ArrayNext;
          else if (c === 0x5d) {
            this.handlers.arrayEnd?.(this.key, this.index);
            this.state = State.AfterMember;
          } else this.fail(UNEXPECTED(char, { fr: '« , » ou « ] »', en: '"," or "]"' }));
          break;
        case State.AfterMember:
          if (c === 0x2c) this.state = State.Key;
          else if (c === 0x7d) this.state = State.Done;
          else this.fail(UNEXPECTED(char, { fr: '« , » ou « } »', en: '"," or "}"' }));
          break;
        case State.Done:
          this.fail({
            fr: `données inattendues après la fin du document (${DESCRIBE(char)})`,
            en: `unexpected data after the end of the document (${DESCRIBE(char)})`,
          });
      }
      this.advance(c);
      i += 1;
    }
    if (this.capture && captureFrom >= 0) this.capture.parts.push(chunk.slice(captureFrom));
  }

  /** Call after the last chunk. Throws `JsonSyntaxError` if the document is cut short. */
  end(): void {
    const capture = this.capture;
    if (capture?.scalar) {
      this.finishCapture();
    } else if (capture) {
      // Cut short inside a value: report the first real error in it, else its end.
      this.capture = undefined;
      const text = capture.parts.join('');
      const found = findSyntaxError(text);
      const at = offsetPosition(text, found.offset, capture.line, capture.column);
      throw new JsonSyntaxError(at.line, at.column, found.detail);
    }
    if (this.state !== State.Done)
      this.fail({
        fr: 'fin de fichier inattendue : le document est incomplet',
        en: 'unexpected end of file: the document is incomplete',
      });
  }

  private advance(c: number): void {
    if (c === 0x0a) {
      this.line += 1;
      this.column = 0;
    } else this.column += 1;
  }

  private fail(detail: { fr: string; en: string }): never {
    throw new JsonSyntaxError(this.line, this.column + 1, detail);
  }

  private startCapture(isKey: boolean): void {
    this.capture = {
      parts: [],
      line: this.line,
      column: this.column + 1,
      depth: 0,
      scalar: false,
      inString: false,
      escape: false,
      isKey,
    };
  }

  private startValue(c: number, char: string): void {
    if (c === 0x5d || c === 0x7d || c === 0x2c || c === 0x3a)
      this.fail(UNEXPECTED(char, { fr: 'une valeur', en: 'a value' }));
    this.startCapture(false);
    // `{`, `[` and `"` are read again by the capture loop; anything else is a scalar.
    if (c !== 0x7b && c !== 0x5b && c !== 0x22) this.capture!.scalar = true;
  }

  private finishCapture(): void {
    const capture = this.capture!;
    this.capture = undefined;
    const text = capture.parts.join('');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      const found = findSyntaxError(text);
      const at = offsetPosition(text, found.offset, capture.line, capture.column);
      throw new JsonSyntaxError(at.line, at.column, found.detail);
    }
    if (capture.isKey) {
      this.key = value as string;
      this.state = State.Colon;
      return;
    }
    if (this.state === State.Value) {
      this.handlers.member(this.key, value);
      this.state = State.AfterMember;
    } else {
      this.handlers.element(this.key, this.index, value);
      this.index += 1;
      this.state = State.AfterElement;
    }
  }
}

/** Line and column of `offset` in `text`, which starts at (`line`, `column`). */
export function offsetPosition(
  text: string,
  offset: number,
  line = 1,
  column = 1,
): { line: number; column: number } {
  let l = line;
  let c = column;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 0x0a) {
      l += 1;
      c = 1;
    } else c += 1;
  }
  return { line: l, column: c };
}

/**
 * Finds the first syntax error in `text` (one JSON value), the slow careful way. Only called
 * once `JSON.parse` has failed, to say exactly where.
 */
export function findSyntaxError(text: string): {
  offset: number;
  detail: { fr: string; en: string };
} {
  let i = 0;
  const n = text.length;
  const err = (expected: { fr: string; en: string }) => ({
    offset: i,
    detail:
      i >= n
        ? {
            fr: `fin inattendue, attendu : ${expected.fr}`,
            en: `unexpected end, expected ${expected.en}`,
          }
        : UNEXPECTED(text[i]!, expected),
  });
  const VALUE = { fr: 'une valeur', en: 'a value' };
  const skip = () => {
    while (i < n && WS(text.charCodeAt(i))) i += 1;
  };
  // Explicit stack: 'o' object, 'a' array.
  const stack: Array<'o' | 'a'> = [];
  type Expect = 'value' | 'key' | 'key-or-end' | 'colon' | 'value-or-end' | 'after';
  let expect: Expect = 'value';
  const scanString = (): boolean => {
    i += 1; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 1;
            return false;
          }
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          i += 1;
          return false;
        }
        i += 2;
        continue;
      }
      i += 1;
    }
    return false;
  };
  const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/;
  for (;;) {
    skip();
    const ch = text[i];
    switch (expect) {
      case 'value':
      case 'value-or-end': {
        if (expect === 'value-or-end' && ch === ']') {
          stack.pop();
          i += 1;
          expect = 'after';
          break;
        }
        if (ch === '{') {
          stack.push('o');
          i += 1;
          expect = 'key-or-end';
        } else if (ch === '[') {
          stack.push('a');
          i += 1;
          expect = 'value-or-end';
        } else if (ch === '"') {
          if (!scanString())
            return err({ fr: 'une chaîne bien formée', en: 'a well-formed string' });
          expect = 'after';
        } else {
          const match = ch === undefined ? null : literal.exec(text.slice(i, i + 400));
          if (!match) return err(VALUE);
          i += match[0].length;
          expect = 'after';
        }
        break;
      }
      case 'key-or-end':
      case 'key':
        if (expect === 'key-or-end' && ch === '}') {
          stack.pop();
          i += 1;
          expect = 'after';
          break;
        }
        if (ch !== '"')
          return err({ fr: 'un nom de champ entre guillemets', en: 'a quoted field name' });
        if (!scanString()) return err({ fr: 'une chaîne bien formée', en: 'a well-formed string' });
        expect = 'colon';
        break;
      case 'colon':
        if (ch !== ':') return err({ fr: '« : »', en: '":"' });
        i += 1;
        expect = 'value';
        break;
      case 'after': {
        const top = stack[stack.length - 1];
        if (top === undefined) {
          if (i < n) return err({ fr: 'la fin du texte', en: 'the end of the text' });
          // Valid after all (should not happen: JSON.parse failed).
          return { offset: i, detail: { fr: 'JSON invalide', en: 'malformed JSON' } };
        }
        if (ch === ',') {
          i += 1;
          expect = top === 'o' ? 'key' : 'value';
        } else if ((top === 'o' && ch === '}') || (top === 'a' && ch === ']')) {
          stack.pop();
          i += 1;
          expect = 'after';
        } else
          return err(
            top === 'o'
              ? { fr: '« , » ou « } »', en: '"," or "}"' }
              : { fr: '« , » ou « ] »', en: '"," or "]"' },
          );
        break;
      }
    }
  }
}
