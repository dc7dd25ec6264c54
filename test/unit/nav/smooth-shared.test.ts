/**
 * The paths a field hands out share their way back to the source, and smoothing them shares the work: each path
 * resumes the forward pull after the stretch pulled before and follows the reverse pull's kept anchors. They must
 * be the paths plain string-pulling gives, on the walking space the rules read, and the lines they ask for must
 * follow the nodes the paths have between them, not the sum of their lengths.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hypot2 } from '../../../src/core/geometry/vec';
import type { HallDocument } from '../../../src/core/document';
import { PRESET_IDS } from '../../../src/core/presets';
import { distanceField, navFor, nodeOf, pointOf, type NavGraph, type NavPoint } from '../../../src/nav';
import { nodesTo, type Field } from '../../../src/nav/dijkstra';
import * as sight from '../../../src/nav/line-of-sight';
import { pathPointStats } from '../../../src/nav/path-points';
import type { SearchSpace } from '../../../src/nav/mask';
import { centroidOf, mainEntrance, walkMinWidth } from '../../../src/rules/util';
import { insideOf } from '../../../src/rules/zones/placement';
import { generateHall } from '../../fixtures/generated-hall';
import { loadSample } from '../core/helpers';

/** Every third of a cell along the line, on the cells the space may enter. */
function plainLine(g: NavGraph, s: SearchSpace, a: NavPoint, b: NavPoint): boolean {
  const fi = g.floorIndex.get(a.floorId)!;
  const grid = g.grids[fi];
  const walk = s.floorMaskOf(fi);
  const steps = Math.ceil(hypot2(b.p[0] - a.p[0], b.p[1] - a.p[1]) / (grid.cell / 3));
  for (let k = 0; k <= steps; k++) {
    const t = steps ? k / steps : 0;
    const c = Math.floor((a.p[0] + (b.p[0] - a.p[0]) * t - grid.origin[0]) / grid.cell);
    const r = Math.floor((a.p[1] + (b.p[1] - a.p[1]) * t - grid.origin[1]) / grid.cell);
    if (c < 0 || r < 0 || c >= grid.cols || r >= grid.rows || walk[r * grid.cols + c] !== 1) return false;
  }
  return true;
}

function plainPull(g: NavGraph, s: SearchSpace, pts: NavPoint[]): NavPoint[] {
  const out = [pts[0]];
  let anchor = 0;
  for (let i = 2; i < pts.length; i++)
    if (pts[anchor].floorId !== pts[i].floorId || !plainLine(g, s, pts[anchor], pts[i])) {
      out.push(pts[i - 1]);
      anchor = i - 1;
    }
  out.push(pts[pts.length - 1]);
  return out;
}
const walk = (pts: NavPoint[]) => pts.reduce((s, p, i) => (i && p.floorId === pts[i - 1].floorId ? s + hypot2(p.p[0] - pts[i - 1].p[0], p.p[1] - pts[i - 1].p[1]) : s), 0);
function plainSmooth(g: NavGraph, s: SearchSpace, pts: NavPoint[]): NavPoint[] {
  const fwd = plainPull(g, s, pts);
  const rev = plainPull(g, s, [...pts].reverse()).reverse();
  return walk(rev) < walk(fwd) - 1e-9 ? rev : fwd;
}

/** The walking field from the main entrance and its paths to every zone's centroid, as sign.continuity walks. */
function walked(doc: HallDocument) {
  const w = walkMinWidth(doc);
  const g = navFor(doc, { walkMinWidth: w });
  const main = mainEntrance(doc)!;
  const source: NavPoint = { floorId: main.floor.id, p: insideOf(doc, main.floor.id, main.el, 1) };
  const field = distanceField(g, [source], { minWalkWidth: w });
  const f = (field as unknown as { f: Field }).f;
  const targets: NavPoint[] = doc.floors.flatMap((fl) => fl.elements.flatMap((e) => (e.kind === 'zone' ? [{ floorId: fl.id, p: centroidOf(e.polygon) }] : [])));
  return { g, source, field, f, targets };
}

const halls: [string, HallDocument][] = [
  ['county', loadSample('county-hall')],
  ['township', loadSample('township-hall')],
  ['failing', loadSample('failing-hall')],
  ['generated', generateHall()],
];

vi.mock('../../../src/nav/line-of-sight', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../../src/nav/line-of-sight')>();
  return { ...m, lineClear: vi.fn(m.lineClear) };
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('smoothing shared between the paths of one field', () => {
  for (const [name, hall] of halls)
    for (const preset of PRESET_IDS)
      it(`${name} under ${preset}: every zone's path is the plain string-pulled one`, () => {
        const doc: HallDocument = { ...structuredClone(hall), meta: { ...hall.meta, preset } };
        const { g, source, field, f, targets } = walked(doc);
        let paths = 0;
        for (const at of targets) {
          const got = field.pathTo(at);
          const n = got && nodesTo(f, nodeOf(g, at));
          if (!got || !n) continue;
          paths++;
          expect(got).toEqual(plainSmooth(g, f.space, [source, ...n.map((k) => pointOf(g, k)), at]));
        }
        expect(paths).toBeGreaterThan(2);
      });

  it('asks fewer lines than the paths have nodes together, and tests each at most once', () => {
    const { g, f, field, targets } = walked(generateHall());
    const tested = vi.mocked(sight.lineClear);
    tested.mockClear();
    let nodes = 0;
    for (const at of targets) if (field.pathTo(at)) nodes += nodesTo(f, nodeOf(g, at))!.length;
    expect(nodes).toBeGreaterThan(1000);
    // Plain pulls ask one line per node and direction; the shared stretches are pulled once.
    expect(tested.mock.calls.length).toBeLessThan(nodes);
    const lines = tested.mock.calls.map((c) => c.slice(1, 6).join(' '));
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('traces only the lines that leave the open boxes around their anchor', () => {
    const { g, f, field, targets } = walked(generateHall());
    const traced = vi.mocked(sight.lineClear);
    traced.mockClear();
    let nodes = 0;
    for (const at of targets) if (field.pathTo(at)) nodes += nodesTo(f, nodeOf(g, at))!.length;
    expect(nodes).toBeGreaterThan(1000);
    // Along a corridor or across a room, the far end stays inside the anchor's box: on this hall 1,307 of the
    // 3,076 lines the pulls test are traced (on the big hall 6,318 of 25,898).
    expect(traced.mock.calls.length).toBeLessThan(0.5 * nodes);
  });

  it('works out the place of only the nodes the pulls read, not of every node of every path', () => {
    const { g, f, field, targets } = walked(generateHall({ seed: 7 }));
    const placed = pathPointStats.placed;
    let nodes = 0;
    for (const at of targets) if (field.pathTo(at)) nodes += nodesTo(f, nodeOf(g, at))!.length;
    expect(nodes).toBeGreaterThan(1000);
    // A path resumes the forward pull where a path before left it: the shared way's cells are not read again
    // (the reverse pull still reads each path's own end; on the big hall 18,436 of 58,101 nodes are placed).
    expect(pathPointStats.placed - placed).toBeLessThan(0.6 * nodes);
  });

  it("reads a node inside an anchor's open box by its number, without working out its place", () => {
    const { g, f, field, targets } = walked(generateHall({ seed: 7 }));
    const placed = pathPointStats.placed;
    let nodes = 0;
    for (const at of targets) if (field.pathTo(at)) nodes += nodesTo(f, nodeOf(g, at))!.length;
    expect(nodes).toBeGreaterThan(1000);
    // 1,323 of 3,650 here (1,970 when every node a pull read was placed); on the big hall 11,972 of 78,208.
    expect(pathPointStats.placed - placed).toBeLessThan(0.45 * nodes);
  });
});
