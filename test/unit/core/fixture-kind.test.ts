/**
 * The README's recipe for a new element kind, proven with a fixture kind (a queue barrier, test/fixtures/kinds/barrier):
 * its folder plus one line in the registry, and nothing else. It validates with JSON paths, hit-tests, blocks
 * walking, exports to IFC, and the incremental checker stays equal to the full check while it is edited.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { barrierKind, BarrierSchema } from '../../fixtures/kinds/barrier';

// The one registry line: the registry as shipped, with the fixture kind added to its union and its table.
vi.mock('../../../src/core/kinds/registry', async (importOriginal) => {
  const { z } = await import('zod');
  const orig = await importOriginal<typeof import('../../../src/core/kinds/registry')>();
  const ElementSchema = z.discriminatedUnion('kind', [...orig.ElementSchema.options, BarrierSchema]);
  const KINDS = { ...orig.KINDS, barrier: barrierKind };
  return { ...orig, ElementSchema, KINDS, ELEMENT_KINDS: Object.keys(KINDS), kindOf: (el: { kind: string }) => KINDS[el.kind as keyof typeof KINDS] };
});

const { parseHallText, describeProblems } = await import('../../../src/core/io');
const { hitTest } = await import('../../../src/editor/hit-test');
const { rasterizeFloor, cellAt, isWalkable } = await import('../../../src/nav/grid');
const { NAV_KINDS } = await import('../../../src/rules/types');
const { checkHall, createChecker } = await import('../../../src/rules/engine');
const { exportIfc } = await import('../../../src/ifc/export');
const { ELEMENT_KINDS } = await import('../../../src/core/kinds/registry');
const { snapPoint } = await import('../../../src/editor/snapping');
const { hallGeoJson } = await import('../../../src/nav/export/geojson');
const { lineOfSight } = await import('../../../src/nav');
const { TestEditor } = await import('../editor/test-editor');
const { TOOLBAR_TOOLS } = await import('../../../src/ui/toolbar/tool-list');
const { SHORTCUT_LIST, matchShortcut } = await import('../../../src/editor/shortcuts');
const { catalogue } = await import('../../../src/ui/catalogue/catalogue-items');

type Doc = import('../../../src/core/document').HallDocument;
const text = readFileSync(resolve(import.meta.dirname, '../../../models/county-hall.hall.json'), 'utf8');

type P = [number, number];
/** The county hall with barriers on 1F, each from a to b. */
function withBarriers(lines: [P, P][], extra: Record<string, unknown> = {}): string {
  const raw = JSON.parse(text);
  lines.forEach(([a, b], i) => raw.floors[0].elements.push({ kind: 'barrier', id: `f1-barrier-0${i + 1}`, a, b, height: 0.9, ...extra }));
  return JSON.stringify(raw);
}
const withBarrier = (a: P, b: P, extra: Record<string, unknown> = {}) => withBarriers([[a, b]], extra);
/** Three barriers fencing in the main door (f1-door-01, 3 m wide at (32, 0)) from the hall. */
const fence = (dy: number): [P, P][] => [
  [
    [29, 0.2],
    [29, 2 + dy],
  ],
  [
    [29, 2 + dy],
    [35, 2 + dy],
  ],
  [
    [35, 2 + dy],
    [35, 0.2],
  ],
];
function load(t: string): Doc {
  const r = parseHallText(t);
  if (!r.ok) throw new Error(describeProblems(r.problems, 5));
  return r.doc;
}
const keys = (d: Doc, c: { check(d: Doc): { findings: { key: string }[] } }) =>
  c
    .check(d)
    .findings.map((f) => f.key)
    .sort();

describe('a kind added as its folder plus one registry line', () => {
  it('is a registered kind with a part in walking, so the nav rules re-run when it changes', () => {
    expect(ELEMENT_KINDS).toContain('barrier');
    expect(NAV_KINDS).toContain('barrier');
  });

  it('validates: a good barrier loads, a bad one is refused with its JSON path', () => {
    expect(load(withBarrier([20, 26], [28, 26])).floors[0].elements.at(-1)).toMatchObject({ kind: 'barrier', height: 0.9 });
    const bad = parseHallText(withBarrier([20, 26], [28, 26], { height: -1 }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(describeProblems(bad.problems, 5)).toMatch(/floors\[0\]\.elements\[\d+\]\.height/);
  });

  it('hit-tests on its footprint', () => {
    const doc = load(withBarrier([20, 26], [28, 26]));
    expect(hitTest(doc.floors[0], [24, 26.02])?.id).toBe('f1-barrier-01');
  });

  it('snaps as its declared role: an axis with ends, midpoint and extension', () => {
    const floor = load(withBarrier([20, 26], [28, 26])).floors[0];
    expect(snapPoint(floor, [20.1, 26.1], { tolerance: 0.3 })).toMatchObject({ point: [20, 26], kind: 'vertex' });
    expect(snapPoint(floor, [24.1, 26.1], { tolerance: 0.3 })).toMatchObject({ point: [24, 26], kind: 'midpoint' });
    expect(snapPoint(floor, [30, 26.1], { tolerance: 0.3, grid: 0.5 })).toMatchObject({ point: [30, 26], kind: 'extension' });
  });

  it('exports to GeoJSON as its declared map geometry, a line from a to b', () => {
    const f = hallGeoJson(load(withBarrier([20, 26], [28, 26]))).features.find((x) => x.id === 'f1-barrier-01');
    expect(f?.geometry).toEqual({ type: 'LineString', coordinates: expect.any(Array) });
    expect(f?.properties).toMatchObject({ kind: 'barrier', height: 0.9, floor: 'F1' });
  });

  it('blocks walking on the cells under it', () => {
    const before = rasterizeFloor(load(text).floors[0]);
    const after = rasterizeFloor(load(withBarrier([20, 26], [28, 26])).floors[0]);
    const c = cellAt(after, [24, 26]);
    expect(isWalkable(before, c, 'public')).toBe(true);
    expect(isWalkable(after, c, 'public')).toBe(false);
  });

  it('exports to IFC as its declared entity with its property set', () => {
    const step = new TextDecoder().decode(exportIfc(load(withBarrier([20, 26], [28, 26])), { timeStamp: '2026-01-01T00:00:00' }));
    expect(step).toMatch(/IFCBUILDINGELEMENTPROXY\('[^']{22}',(#\d+|\$),\$,\$,'barrier',#\d+,#\d+/);
    expect(step).toContain("'Pset_HallTwinBarrier'");
    expect(step).toMatch(/IFCPROPERTYSINGLEVALUE\('Id',\$,IFCTEXT\('f1-barrier-01'\)/);
  });

  it('keeps the incremental checker equal to a full check while it is added, moved and removed', () => {
    const checker = createChecker();
    const full = { check: checkHall };
    const base = load(text);
    keys(base, checker);
    // Fencing in the main entrance changes walking, and so the findings; then the fence moves, goes and comes back.
    const docs = [load(withBarriers(fence(0))), load(withBarriers(fence(0.6))), load(withBarrier([20, 26], [28, 26])), base, load(withBarriers(fence(0)))];
    const seen = new Set<string>();
    for (const d of docs) {
      const inc = keys(d, checker);
      expect(inc).toEqual(keys(d, full));
      seen.add(inc.join('|'));
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it('blocks sight only as tall as it says: a waist-high belt is seen over, a 2 m screen is not', () => {
    const line: [P, P] = [
      [20, 24],
      [20, 28],
    ];
    const low = load(withBarrier([18, 26], [22, 26]));
    const tall = load(withBarrier([18, 26], [22, 26], { height: 2 }));
    expect(lineOfSight(load(text), 'F1', ...line)).toBe(true);
    expect(lineOfSight(low, 'F1', ...line)).toBe(true);
    expect(lineOfSight(tall, 'F1', ...line)).toBe(false);
  });

  it('is offered by the toolbar, its key and the catalogue, and its declared tool places it with two clicks', () => {
    expect(TOOLBAR_TOOLS).toContain('barrier');
    expect(SHORTCUT_LIST.find((s) => s.action === 'barrier')).toMatchObject({ key: 'Shift+B', label: { zh: '排队护栏' } });
    expect(matchShortcut({ key: 'B', shift: true })?.action).toBe('barrier');
    expect(
      catalogue(undefined)
        .find((g) => g.id === 'building')
        ?.items.map((i) => i.id),
    ).toContain('barrier');
    const ed = new TestEditor(load(text));
    ed.key('B', { shift: true });
    expect(ed.activeTool.id).toBe('barrier');
    ed.click(20, 26);
    expect(ed.activeTool.state).toBe('second-point');
    ed.click(24, 26);
    const placed = ed.floor.elements.at(-1);
    expect(placed).toMatchObject({ kind: 'barrier', a: [20, 26], b: [24, 26], height: 0.9 });
    expect(ed.store.getState().selection).toEqual([placed?.id]);
    ed.undo();
    expect(ed.floor.elements.some((e) => e.kind === ('barrier' as string))).toBe(false);
  });
});
