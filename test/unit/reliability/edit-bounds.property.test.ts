/**
 * No edit can leave a hall the loader would refuse: moves, vertex drags, pastes, arrays, typed values and imports
 * that would push geometry past src/core/limits.ts are refused with a message in both languages and the hall stays
 * exactly as it was; every edit that is kept leaves a document the schema accepts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEditor } from '../../../src/editor/create';
import { moveElements, replaceElements, setElementField, updateFloor } from '../../../src/core/commands';
import { HallDocumentSchema, type HallDocument } from '../../../src/core/document';
import { MAX_COORD_M, MAX_FLOOR_SPAN_M } from '../../../src/core/limits';
import type { Editor } from '../../../src/editor/editor';
import { loadSample } from '../core/helpers';

const township = loadSample('township-hall');

/** Distances that land inside, at and past the bounds: a floor's span, the coordinate limit, and absurd values. */
const far = fc.oneof(
  fc.double({ min: -5, max: 5, noNaN: true }),
  fc.constantFrom(MAX_FLOOR_SPAN_M - 1, MAX_FLOOR_SPAN_M + 1, 5_000, MAX_COORD_M, MAX_COORD_M * 2, 1e15, -1e15, 1e308),
  fc.double({ min: -2e7, max: 2e7, noNaN: true }),
);

type Op =
  | { t: 'move'; pick: number; dx: number; dy: number }
  | { t: 'vertex'; pick: number; v: number; x: number; y: number }
  | { t: 'paste'; pick: number; times: number }
  | { t: 'array'; pick: number; count: number; dx: number; dy: number }
  | { t: 'typed'; pick: number; value: number }
  | { t: 'wall-length'; pick: number; length: number }
  | { t: 'outline'; x: number; y: number }
  | { t: 'import'; x: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('move' as const), pick: fc.nat(), dx: far, dy: far }),
  fc.record({ t: fc.constant('vertex' as const), pick: fc.nat(), v: fc.nat(), x: far, y: far }),
  fc.record({ t: fc.constant('paste' as const), pick: fc.nat(), times: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ t: fc.constant('array' as const), pick: fc.nat(), count: fc.integer({ min: 1, max: 40 }), dx: far, dy: far }),
  fc.record({ t: fc.constant('typed' as const), pick: fc.nat(), value: far }),
  fc.record({ t: fc.constant('wall-length' as const), pick: fc.nat(), length: fc.double({ min: 0.05, max: 1000, noNaN: true }) }),
  fc.record({ t: fc.constant('outline' as const), x: far, y: far }),
  fc.record({ t: fc.constant('import' as const), x: far }),
);

function apply(ed: Editor, o: Op): boolean {
  const els = ed.floor.elements;
  const e = els.length ? els[('pick' in o ? o.pick : 0) % els.length] : undefined;
  switch (o.t) {
    case 'move':
      return !!e && ed.execute(moveElements([e.id], [o.dx, o.dy]));
    case 'vertex': {
      if (!e || !('polygon' in e)) return false;
      const polygon = e.polygon.map((p, i) => (i === o.v % e.polygon.length ? [o.x, o.y] : p)) as typeof e.polygon;
      return ed.execute(replaceElements([{ ...e, polygon }], '编辑顶点 / Edit vertex'));
    }
    case 'paste': {
      if (!e) return false;
      ed.select([e.id]);
      ed.copy();
      let ok = false;
      for (let i = 0; i < o.times; i++) ok = ed.paste() || ok;
      return ok;
    }
    case 'array':
      if (!e) return false;
      ed.select([e.id]);
      return ed.arraySelection(o.count, [o.dx, o.dy]);
    case 'typed': {
      if (!e) return false;
      const path = 'position' in e ? 'position.0' : 'a' in e ? 'b.1' : 'polygon.0.0';
      return ed.execute(setElementField(e.id, path, o.value));
    }
    case 'wall-length': {
      const w = els.find((x) => x.kind === 'wall');
      return !!w && ed.setWallLength(w.id, o.length);
    }
    case 'outline':
      return ed.execute(
        updateFloor(ed.floorId, {
          outline: [
            [0, 0],
            [Math.abs(o.x) + 1, 0],
            [Math.abs(o.x) + 1, Math.abs(o.y) + 1],
            [0, Math.abs(o.y) + 1],
          ],
        }),
      );
    case 'import': {
      const d = structuredClone(township);
      const z = d.floors[0].elements.find((x) => x.kind === 'zone');
      if (z && 'polygon' in z) z.polygon[0] = [o.x, z.polygon[0][1]];
      return ed.openDocument(d, '导入 IFC / Import');
    }
  }
}

/** The refusal in both languages, each half in its own: Chinese in `zh`, English (and no Chinese) in `en`. */
const bilingual = (m: string | { zh: string; en: string }) => typeof m !== 'string' && /[\u4e00-\u9fff]/.test(m.zh) && /[A-Za-z]{3}/.test(m.en) && !/[\u4e00-\u9fff]/.test(m.en);

describe('the edit guard', () => {
  it('a refused edit leaves the hall identical and says why in Chinese and English; a kept one leaves a valid hall', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 6 }), (ops) => {
        const ed = createEditor(structuredClone(township));
        for (const o of ops) {
          const before: HallDocument = ed.doc;
          ed.clearError();
          const ok = apply(ed, o);
          const err = ed.state.error;
          if (!ok && err) {
            expect(ed.doc).toBe(before);
            expect(bilingual(err.message)).toBe(true);
            for (const d of err.details ?? []) expect(d.length).toBeLessThan(400);
          }
          if (ok) {
            const r = HallDocumentSchema.safeParse(ed.doc);
            expect(
              r.success
                ? ''
                : r.error.issues
                    .slice(0, 3)
                    .map((i) => `${i.path.join('.')}: ${i.message}`)
                    .join('; '),
            ).toBe('');
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a move past the floor span is refused with the span and the limit in both languages', () => {
    const ed = createEditor(structuredClone(township));
    const before = ed.doc;
    const seat = ed.floor.elements.find((e) => e.kind !== 'wall' && e.kind !== 'opening')!;
    expect(ed.execute(moveElements([seat.id], [5_000, 0]))).toBe(false);
    expect(ed.doc).toBe(before);
    expect(ed.state.error?.message).toMatchObject({ zh: expect.stringMatching(/超出大厅限制/), en: expect.stringMatching(/past the hall's limits/) });
    expect(ed.state.error?.details?.join('\n')).toMatch(/more than the 1000 m a floor may span .*check the drawing unit.* \/ 楼层范围 .*超过上限 1000 米（.*请检查图纸单位/);
  });

  it('the 1,000th paste that would carry copies past the span is refused, the earlier ones kept', () => {
    const ed = createEditor(structuredClone(township));
    const e = ed.floor.elements.find((x) => x.kind === 'point' || x.kind === 'counter')!;
    ed.select([e.id]);
    ed.copy();
    let kept = 0;
    for (let i = 0; i < 1_100 && ed.paste(); i++) kept++;
    expect(kept).toBeGreaterThan(900);
    expect(kept).toBeLessThan(1_000);
    expect(ed.state.error?.details?.join('\n')).toMatch(/floor may span/);
    expect(HallDocumentSchema.safeParse(ed.doc).success).toBe(true);
  });

  it('an import past the bounds is not opened; the open hall and its undo history stay', () => {
    const ed = createEditor(structuredClone(township));
    const before = ed.doc;
    const d = structuredClone(township);
    d.floors[0].outline = [
      [0, 0],
      [5_000, 0],
      [5_000, 5_000],
      [0, 5_000],
    ];
    expect(ed.openDocument(d, '导入 DXF / Import plan.dxf')).toBe(false);
    expect(ed.doc).toBe(before);
    expect(ed.state.canUndo).toBe(false);
    expect(ed.state.error?.message).toEqual({
      zh: expect.stringMatching(/^导入 DXF：结果无效或超出大厅限制/),
      en: expect.stringMatching(/^Import plan\.dxf: .*the open hall is kept/),
    });
    expect(ed.state.error?.details?.[0]).toMatch(/^floors\[0\]: floor geometry spans 5000 × 5000 m/);
  });
});
