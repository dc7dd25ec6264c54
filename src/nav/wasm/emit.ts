/**
 * Just enough of the WebAssembly binary format to write one module of plain loops by hand (no toolchain in the
 * build): numbers, opcodes by name, and the sections of a module with one memory and exported functions.
 * Spec: https://webassembly.github.io/spec/core/binary/ .
 */

export type Bytes = number[];

export function uleb(n: number): Bytes {
  const out: Bytes = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

export function sleb(n: number): Bytes {
  const out: Bytes = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const f64Bytes = (v: number): Bytes => [...new Uint8Array(new Float64Array([v]).buffer)];

export const I32 = 0x7f;
export const F64 = 0x7c;

/** Instructions used by the kernels, as byte sequences. Memory access takes natural alignment, offset 0. */
export const op = {
  get: (i: number): Bytes => [0x20, ...uleb(i)],
  set: (i: number): Bytes => [0x21, ...uleb(i)],
  tee: (i: number): Bytes => [0x22, ...uleb(i)],
  i32: (v: number): Bytes => [0x41, ...sleb(v)],
  f64: (v: number): Bytes => [0x44, ...f64Bytes(v)],
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  else: [0x05],
  end: [0x0b],
  br: (depth: number): Bytes => [0x0c, ...uleb(depth)],
  brIf: (depth: number): Bytes => [0x0d, ...uleb(depth)],
  i32Load: [0x28, 2, 0],
  f64Load: [0x2b, 3, 0],
  i32Load8u: [0x2d, 0, 0],
  i32Load16u: [0x2f, 1, 0],
  i32Store: [0x36, 2, 0],
  f64Store: [0x39, 3, 0],
  i32Eqz: [0x45],
  i32LtS: [0x48],
  i32GeS: [0x4e],
  i32Add: [0x6a],
  i32Sub: [0x6b],
  i32And: [0x71],
  i32Shl: [0x74],
  f64Eq: [0x61],
  f64Ne: [0x62],
  f64Lt: [0x63],
  f64Gt: [0x64],
  f64Le: [0x65],
  f64Add: [0xa0],
  f64Min: [0xa4],
};

export interface FuncDef {
  name: string;
  params: number[];
  /** Extra locals, by type, after the parameters. */
  locals: number[];
  body: Bytes;
}

const vec = (items: Bytes[]): Bytes => [...uleb(items.length), ...items.flat()];
const section = (id: number, content: Bytes): Bytes => [id, ...uleb(content.length), ...content];
const name = (s: string): Bytes => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];

/** A module exporting `memory` (initial pages, growable) and the functions, none returning a value. */
export function moduleBytes(funcs: FuncDef[], pages: number): Uint8Array<ArrayBuffer> {
  const types = funcs.map((f) => [0x60, ...vec(f.params.map((t) => [t])), 0]);
  const code = funcs.map((f) => {
    // Locals in runs of one type.
    const runs: Bytes[] = [];
    for (let i = 0; i < f.locals.length; ) {
      let k = i;
      while (k < f.locals.length && f.locals[k] === f.locals[i]) k++;
      runs.push([...uleb(k - i), f.locals[i]]);
      i = k;
    }
    const body = [...vec(runs), ...f.body, 0x0b];
    return [...uleb(body.length), ...body];
  });
  return new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, vec(types)),
    ...section(3, vec(funcs.map((_, i) => uleb(i)))),
    ...section(5, vec([[0x00, ...uleb(pages)]])),
    ...section(7, vec([[...name('memory'), 0x02, 0], ...funcs.map((f, i) => [...name(f.name), 0x00, ...uleb(i)])])),
    ...section(10, vec(code)),
  ]);
}
