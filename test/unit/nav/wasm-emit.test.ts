/** The hand-written WebAssembly: LEB128 numbers as the spec gives them, and a module engines accept. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { F64, I32, moduleBytes, op, sleb, uleb } from '../../../src/nav/wasm/emit';
import { SETTLE } from '../../../src/nav/wasm/settle-kernel';

const readSleb = (b: number[]) => {
  let x = 0;
  let shift = 0;
  let k = 0;
  for (;;) {
    const byte = b[k++];
    x |= (byte & 0x7f) << shift;
    shift += 7;
    if (!(byte & 0x80)) {
      if (shift < 32 && byte & 0x40) x |= -1 << shift;
      return { x, k };
    }
  }
};

describe('wasm emitter', () => {
  it('writes LEB128 as the spec examples give it', () => {
    expect(uleb(0)).toEqual([0]);
    expect(uleb(127)).toEqual([0x7f]);
    expect(uleb(128)).toEqual([0x80, 0x01]);
    expect(uleb(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(sleb(-1)).toEqual([0x7f]);
    expect(sleb(63)).toEqual([0x3f]);
    expect(sleb(64)).toEqual([0xc0, 0x00]);
    expect(sleb(-64)).toEqual([0x40]);
    expect(sleb(-123456)).toEqual([0xc0, 0xbb, 0x78]);
  });
  it('signed numbers read back to themselves, in as many bytes as they need (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (v) => {
        const b = sleb(v);
        expect(readSleb(b)).toEqual({ x: v, k: b.length });
      }),
    );
  });
  it('makes modules the engine validates and runs', () => {
    expect(WebAssembly.validate(moduleBytes([SETTLE], 1))).toBe(true);
    // A function storing a + b at address p: f64 arithmetic and memory round-trip.
    const add = { name: 'add', params: [I32, F64, F64], locals: [], body: [...op.get(0), ...op.get(1), ...op.get(2), ...op.f64Add, ...op.f64Store] };
    const inst = new WebAssembly.Instance(new WebAssembly.Module(moduleBytes([add], 1)), {});
    (inst.exports.add as (p: number, a: number, b: number) => void)(16, 0.1, 0.2);
    expect(new Float64Array((inst.exports.memory as WebAssembly.Memory).buffer, 16, 1)[0]).toBe(0.1 + 0.2);
  });
});
