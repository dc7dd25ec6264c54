/**
 * Vertical links from a STAIRS layer: a stair is linework that shows a flight's treads (or a filled shaft) inside
 * the building; steps up to an entrance outside the walls, and the ledges, arrows and outlines a STAIRS layer
 * also holds, are no links between floors.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Polygon } from '../../../src/core/geometry/polygon';
import type { FramePlan } from '../../../src/dxf/clip';
import { importDxf } from '../../../src/dxf';
import type { Drawing, LayerRole, Loop, Seg } from '../../../src/dxf/types';
import { findVLinks } from '../../../src/dxf/vlinks';
import { treadRunCentre } from '../../../src/dxf/treads';
import { DXF_DIR, hasCorpus } from './corpus';

const role = (l: string): LayerRole => (l === 'STAIRS' ? 'stair' : 'wall');
const seg = (ax: number, ay: number, bx: number, by: number): Seg => ({ ax, ay, bx, by, layer: 'STAIRS', ins: -1 });

/** A flight `w` wide running north from (x, y): its outline and `n` treads `going` apart. */
function flight(x: number, y: number, w: number, n: number, going: number): Seg[] {
  const d = (n + 1) * going;
  const out = [seg(x, y, x + w, y), seg(x + w, y, x + w, y + d), seg(x + w, y + d, x, y + d), seg(x, y + d, x, y)];
  for (let i = 1; i <= n; i++) out.push(seg(x, y + i * going, x + w, y + i * going));
  return out;
}

function plan(segs: Seg[], hatches: Loop[] = []): { d: Drawing; p: FramePlan } {
  const p: FramePlan = { segs, arcs: [], labels: [], loops: [], hatches, inserts: [], inFrameM: () => true };
  const d = { inserts: [] } as unknown as Drawing;
  return { d, p };
}

/** A 20 × 10 m building. */
const OUTLINE: Polygon = [
  [0, 0],
  [20, 0],
  [20, 10],
  [0, 10],
];

describe('stairs on a STAIRS layer', () => {
  it('a flight of treads inside the walls is a stair', () => {
    const { d, p } = plan(flight(2, 2, 1.2, 10, 0.28));
    const got = findVLinks(d, p, role, OUTLINE);
    expect(got).toHaveLength(1);
    expect(got[0].linkKind).toBe('stair');
    expect(got[0].w).toBeCloseTo(1.2, 6);
    expect(got[0].d).toBeCloseTo(11 * 0.28, 6);
  });

  it('the same flight outside the walls is steps up to a door, not a link between floors', () => {
    const { d, p } = plan(flight(8, 10.5, 2.4, 8, 0.28));
    expect(findVLinks(d, p, role, OUTLINE)).toEqual([]);
    // Without an outline to test against, it is kept as it was.
    expect(findVLinks(d, p, role)).toHaveLength(1);
  });

  it('steps whose outline reaches into the building are judged by where their treads are', () => {
    // A landing drawn 3 m into the building, the treads out past the wall.
    const steps = flight(8, 10.2, 2.4, 6, 0.28);
    steps.push(seg(8, 10.2, 8, 7.2), seg(8, 7.2, 10.4, 7.2), seg(10.4, 7.2, 10.4, 10.2));
    const { d, p } = plan(steps);
    expect(findVLinks(d, p, role, OUTLINE)).toEqual([]);
  });

  it('a ledge outline with arrows, no treads, is no stair', () => {
    const ledge = [seg(0, 0, 0, 18), seg(0, 18, 3.7, 18), seg(3.7, 18, 3.7, 0), seg(3.7, 0, 0, 0), seg(0.9, 5, 0.3, 5.3), seg(0.4, 5.6, 1.1, 5.2)];
    const { d, p } = plan(ledge);
    expect(
      findVLinks(d, p, role, [
        [0, 0],
        [20, 0],
        [20, 20],
        [0, 20],
      ]),
    ).toEqual([]);
  });

  it('a shaft drawn as a fill needs no treads', () => {
    const { d, p } = plan(
      [],
      [
        {
          pts: [
            [5, 5],
            [7.5, 5],
            [7.5, 9],
            [5, 9],
          ],
          layer: 'STAIRS',
          ins: -1,
        },
      ],
    );
    expect(findVLinks(d, p, role, OUTLINE)).toHaveLength(1);
  });
});

describe('treads', () => {
  it('three lines a going apart make a run; two do not; lines too short for a flight or too far apart do not', () => {
    const flat = (segs: Seg[]) => segs.flatMap((s) => [s.ax, s.ay, s.bx, s.by]);
    const rows = (n: number, len: number, going: number) => Array.from({ length: n }, (_, i) => seg(0, i * going, len, i * going));
    expect(treadRunCentre(flat(rows(3, 1, 0.28)))).toEqual([0.5, expect.closeTo(0.28, 9)]);
    expect(treadRunCentre(flat(rows(2, 1, 0.28)))).toBeUndefined();
    expect(treadRunCentre(flat(rows(5, 0.6, 0.28)))).toBeUndefined();
    expect(treadRunCentre(flat(rows(5, 1, 0.6)))).toBeUndefined();
    // Drawn either way, a doubled line in between: still one run.
    const mixed = [seg(1, 0, 0, 0), seg(0, 0.3, 1, 0.3), seg(0, 0.31, 1, 0.31), seg(1, 0.6, 0, 0.6)];
    expect(treadRunCentre(flat(mixed))).toEqual([0.5, expect.closeTo(0.3, 9)]);
  });
});

describe.skipIf(!hasCorpus)('A_000217', () => {
  it('finds the two stairs ST. #1 and ST. #2, not the entrance steps, ledges and ramps also on STAIRS', () => {
    const name = 'dxf-json_A_000217.dxf';
    const r = importDxf(new Uint8Array(readFileSync(`${DXF_DIR}/${name}`)), { fileName: name });
    const links = r.doc.floors[0].elements.flatMap((e) => (e.kind === 'vlink' ? [e] : []));
    expect(links).toHaveLength(2);
    for (const l of links) {
      expect(l.linkKind).toBe('stair');
      expect(l.size.w * l.size.d).toBeGreaterThan(6);
      expect(l.size.w * l.size.d).toBeLessThan(9);
    }
    // One stair in each wing.
    const xs = links.map((l) => l.position[0]).sort((a, b) => a - b);
    expect(xs[1] - xs[0]).toBeGreaterThan(20);
  });
});
