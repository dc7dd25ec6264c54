/**
 * Where a JSON text first goes wrong, for messages with a line and column. JSON.parse says where only for some
 * errors and quotes the input in others; this scan follows RFC 8259 with an explicit stack (no recursion, so
 * deep nesting cannot overflow it) and stops at the first offending character.
 */
export interface JsonSyntaxError {
  /** Offset (UTF-16 code units) of the offending character; text.length for a truncated text. */
  pos: number;
  message: string;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

function show(text: string, i: number): string {
  if (i >= text.length) return 'end of input';
  const c = text.charCodeAt(i);
  return c < 0x20 || c === 0x7f ? `control character U+${c.toString(16).toUpperCase().padStart(4, '0')}` : `"${text[i]}"`;
}

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  return new Scanner(text).run();
}

type Step = JsonSyntaxError | undefined;

/** One pass over the text; `stack` holds the containers open ('{' or '[' as char codes). */
class Scanner {
  private i = 0;
  private readonly n: number;
  private readonly stack: number[] = [];
  /** A value is expected next (else ',' or the closing bracket). */
  private expectValue = true;
  /** The container was just opened (so it may close at once). */
  private first = false;

  constructor(private readonly text: string) {
    this.n = text.length;
  }

  private err(message: string, at = this.i): JsonSyntaxError {
    return { pos: Math.min(at, this.n), message };
  }

  private ws(): void {
    while (this.i < this.n && WS.has(this.text.charCodeAt(this.i))) this.i++;
  }

  private str(): Step {
    const { text, n } = this;
    this.i++; // opening quote
    while (this.i < n) {
      const c = text.charCodeAt(this.i);
      if (c === 0x22) {
        this.i++;
        return undefined;
      }
      if (c < 0x20) return this.err(`${show(text, this.i)} inside a string (write it as an escape such as \\n)`);
      if (c === 0x5c) {
        const e = text[this.i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(this.i + 2, this.i + 6))) return this.err('bad \\u escape (needs 4 hex digits)');
          this.i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) this.i += 2;
        else return this.err(`bad escape \\${e ?? ''} in a string`);
      } else this.i++;
    }
    return this.err('unterminated string', n);
  }

  private num(): Step {
    const { text } = this;
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(this.i, this.i + 400));
    if (!m || m[0] === '-' || m[0] === '') return this.err(`bad number starting with ${show(text, this.i)}`);
    this.i += m[0].length;
    const c = text[this.i];
    if (c !== undefined && /[0-9.eE+-]/.test(c)) return this.err(`bad number near ${show(text, this.i)}`);
    return undefined;
  }

  /** Parse one value at i; containers push and return. */
  private value(): Step | 'open' {
    const { text } = this;
    this.ws();
    if (this.i >= this.n) return this.err('unexpected end of input, a value was expected');
    const c = text[this.i];
    if (c === '{' || c === '[') {
      this.stack.push(c.charCodeAt(0));
      this.i++;
      return 'open';
    }
    if (c === '"') return this.str();
    if (c === '-' || (c >= '0' && c <= '9')) return this.num();
    for (const lit of ['true', 'false', 'null']) if (text.startsWith(lit, this.i)) return void (this.i += lit.length);
    return this.err(`unexpected ${show(text, this.i)}, a value was expected`);
  }

  /** Closes the container on top when its bracket is next. */
  private closeIf(bracket: string): boolean {
    if (this.text[this.i] !== bracket) return false;
    this.stack.pop();
    this.i++;
    return true;
  }

  /** Before a value: in an object its name and colon (or '}' right after '{'), in an array ']' right after '['. */
  private beforeValue(): Step | 'closed' {
    const { text } = this;
    const top = this.stack[this.stack.length - 1];
    if (top === 0x7b) {
      this.ws();
      if (this.first && this.closeIf('}')) return 'closed';
      if (text[this.i] !== '"')
        return this.err(
          this.i >= this.n ? 'unexpected end of input, a property name was expected' : `unexpected ${show(text, this.i)}, a property name in double quotes was expected`,
        );
      const e = this.str();
      if (e) return e;
      this.ws();
      if (text[this.i] !== ':') return this.err(`unexpected ${show(text, this.i)}, ":" was expected after the property name`);
      this.i++;
    } else if (top === 0x5b && this.first) {
      this.ws();
      if (this.closeIf(']')) return 'closed';
    }
    return undefined;
  }

  /** After a value: the end of the text, ',' or the container's closing bracket. */
  private afterValue(): Step | 'done' {
    const { text, stack } = this;
    this.ws();
    if (!stack.length) return this.i < this.n ? this.err(`unexpected ${show(text, this.i)} after the end of the JSON value`) : 'done';
    const close = stack[stack.length - 1] === 0x7b ? '}' : ']';
    if (text[this.i] === ',') {
      this.i++;
      this.expectValue = true;
      this.first = false;
      return undefined;
    }
    if (this.closeIf(close)) return undefined;
    return this.err(this.i >= this.n ? `unexpected end of input, "," or "${close}" was expected` : `unexpected ${show(text, this.i)}, "," or "${close}" was expected`);
  }

  run(): Step {
    for (;;) {
      if (!this.expectValue) {
        const r = this.afterValue();
        if (r === 'done') return undefined;
        if (r) return r;
        continue;
      }
      const b = this.beforeValue();
      if (b === 'closed') {
        this.expectValue = false;
        continue;
      }
      if (b) return b;
      const r = this.value();
      if (r === 'open') {
        this.first = true;
        continue;
      }
      if (r) return r;
      this.expectValue = false;
    }
  }
}
