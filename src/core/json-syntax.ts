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
  let i = 0;
  const n = text.length;
  // Containers open: '{' or '['; state says what may come next.
  const stack: number[] = [];
  const err = (message: string, at = i): JsonSyntaxError => ({ pos: Math.min(at, n), message });
  const ws = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  const str = (): JsonSyntaxError | undefined => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return err(`${show(text, i)} inside a string (write it as an escape such as \\n)`);
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return err('bad \\u escape (needs 4 hex digits)');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return err(`bad escape \\${e ?? ''} in a string`);
      } else i++;
    }
    return err('unterminated string', n);
  };
  const num = (): JsonSyntaxError | undefined => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-' || m[0] === '') return err(`bad number starting with ${show(text, i)}`);
    i += m[0].length;
    const c = text[i];
    if (c !== undefined && /[0-9.eE+-]/.test(c)) return err(`bad number near ${show(text, i)}`);
    return undefined;
  };
  /** Parse one value at i; containers push and return. */
  const value = (): JsonSyntaxError | undefined | 'open' => {
    ws();
    if (i >= n) return err('unexpected end of input, a value was expected');
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c.charCodeAt(0));
      i++;
      return 'open';
    }
    if (c === '"') return str();
    if (c === '-' || (c >= '0' && c <= '9')) return num();
    for (const lit of ['true', 'false', 'null']) if (text.startsWith(lit, i)) return void (i += lit.length);
    return err(`unexpected ${show(text, i)}, a value was expected`);
  };
  // After a value inside a container: ',' or the closing bracket.
  let expectValue = true;
  let first = false;
  for (;;) {
    if (expectValue) {
      const top = stack[stack.length - 1];
      if (top === 0x7b) {
        // Object member: key, colon, value (or '}' right after '{').
        ws();
        if (first && text[i] === '}') {
          stack.pop();
          i++;
          expectValue = false;
          continue;
        }
        if (text[i] !== '"')
          return err(i >= n ? 'unexpected end of input, a property name was expected' : `unexpected ${show(text, i)}, a property name in double quotes was expected`);
        const e = str();
        if (e) return e;
        ws();
        if (text[i] !== ':') return err(`unexpected ${show(text, i)}, ":" was expected after the property name`);
        i++;
      } else if (top === 0x5b && first) {
        ws();
        if (text[i] === ']') {
          stack.pop();
          i++;
          expectValue = false;
          continue;
        }
      }
      const r = value();
      if (r === 'open') {
        first = true;
        continue;
      }
      if (r) return r;
      expectValue = false;
      continue;
    }
    ws();
    if (!stack.length) return i < n ? err(`unexpected ${show(text, i)} after the end of the JSON value`) : undefined;
    const top = stack[stack.length - 1];
    const close = top === 0x7b ? '}' : ']';
    if (text[i] === ',') {
      i++;
      expectValue = true;
      first = false;
      continue;
    }
    if (text[i] === close) {
      stack.pop();
      i++;
      continue;
    }
    return err(i >= n ? `unexpected end of input, "," or "${close}" was expected` : `unexpected ${show(text, i)}, "," or "${close}" was expected`);
  }
}
