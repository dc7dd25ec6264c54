/**
 * The README's recipe for a new element kind, proven with a fixture kind (a queue barrier, test/fixtures/kinds/barrier):
 * its folder plus one line in the registry, and nothing else. It validates with JSON paths, hit-tests, blocks
 * walking, exports to IFC, and the incremental checker stays equal to the full check while it is edited.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
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
const { elementLabel } = await import('../../../src/core/element-label');
const { countedKinds } = await import('../../../src/core/kinds/counted');
const { similarityKey } = await import('../../../src/editor/arrange');
const { cloneElements, freshIds } = await import('../../../src/editor/clipboard');
const { landmarksOf } = await import('../../../src/nav/instructions/landmarks-of');
const { publicFloors } = await import('../../../src/rules/util');
const { KINDS } = await import('../../../src/core/kinds/registry');

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

  it('is named, counted, told apart, copied and read fast as it declares (describe, measureWord, variant, idPrefix, asSchemaGives)', () => {
    const doc = load(
      withBarriers([
        [
          [20, 26],
          [28, 26],
        ],
        [
          [20, 24],
          [24, 24],
        ],
      ]),
    );
    expect(elementLabel(doc, 'f1-barrier-01')).toEqual({ zh: '排队护栏（8 m）', en: 'Queue barrier (8 m)' });
    expect(countedKinds({ wall: 3, barrier: 2 } as never)).toEqual({ zh: '3 道墙、2 道排队护栏', en: '3 walls, 2 queue barriers' });
    const [belt, other] = doc.floors[0].elements.filter((e) => e.kind === ('barrier' as string));
    const screen = { ...belt, height: 2 };
    expect(similarityKey(belt)).toBe(similarityKey(other));
    expect(similarityKey(screen)).not.toBe(similarityKey(belt));
    expect(cloneElements([{ ...other, height: 2 } as never, belt], [1, 0], freshIds(doc)).map((e) => e.id.replace(/-\d+$/, ''))).toEqual(['screen', 'barrier']);
    // A barrier as loaded is one the schema gives back unchanged; one with a key the schema drops is not.
    expect(barrierKind.asSchemaGives?.(belt as never)).toBe(true);
    expect(BarrierSchema.parse(belt)).toEqual(belt);
    expect(barrierKind.asSchemaGives?.({ ...belt, colour: 'red' } as never)).toBe(false);
  });

  it('is a landmark in spoken directions, and makes a floor public (landmark, usedByCitizens)', () => {
    const doc = load(withBarrier([20, 26], [28, 26]));
    expect(landmarksOf(doc, 'F1').find((m) => m.id === 'f1-barrier-01')).toMatchObject({ zh: '排队护栏', en: 'the queue barriers', rank: 1 });
    const raw = JSON.parse(text);
    raw.floors.push({ id: 'F9', name: '9F', storey: 9, elevation: 40, height: 4, elements: [{ kind: 'barrier', id: 'f9-barrier', a: [1, 1], b: [3, 1], height: 0.9 }] });
    expect(publicFloors(load(JSON.stringify(raw))).map((f) => f.id)).toContain('F9');
    const bare = JSON.parse(text);
    bare.floors.push({ id: 'F9', name: '9F', storey: 9, elevation: 40, height: 4, elements: [] });
    expect(publicFloors(load(JSON.stringify(bare))).map((f) => f.id)).not.toContain('F9');
  });

  it('declares every field a kind may have, or a shipped kind shows the one a barrier cannot be', () => {
    const fields = kindDefFields();
    expect(fields).toEqual(expect.arrayContaining(['label', 'walking', 'sight', 'cutsHost', 'describe', 'tools', 'passage', 'closedArea']));
    const declared = new Set(Object.keys(barrierKind));
    const missing = fields.filter((f) => !declared.has(f) && !SHOWN_BY_SHIPPED[f]);
    expect(missing).toEqual([]);
    for (const [field, { kind, test }] of Object.entries(SHOWN_BY_SHIPPED)) {
      expect(declared.has(field), `${field} is declared by the barrier now: show it here`).toBe(false);
      expect((KINDS as unknown as Record<string, Record<string, unknown>>)[kind][field], `${kind} declares ${field}`).toBeDefined();
      expect(readFileSync(resolve(import.meta.dirname, '../../..', test), 'utf8')).toMatch(new RegExp(`${field}|${kind}`));
    }
    // alsoOn: the county lift, stored on 1F, is a landmark on 2F too.
    expect(landmarksOf(load(text), 'F2').map((m) => m.id)).toContain('f1-elevator-01');
  });
});

/**
 * What a queue barrier cannot be, and the shipped kind and test that show the field: hosted in a wall and cutting it,
 * standing on several floors, a place citizens come to, labelled on report plans, a way through, an area.
 */
const SHOWN_BY_SHIPPED: Record<string, { kind: string; test: string }> = {
  refs: { kind: 'opening', test: 'test/unit/core/refs.test.ts' },
  cutsHost: { kind: 'window', test: 'test/unit/core/window-kind.test.ts' },
  alsoOn: { kind: 'vlink', test: 'test/unit/core/fixture-kind.test.ts' },
  destination: { kind: 'counter', test: 'test/unit/navmap/warnings.test.ts' },
  planLabel: { kind: 'zone', test: 'test/unit/rules/outputs/report-plan-labels.test.ts' },
  passage: { kind: 'opening', test: 'test/unit/nav/nav.test.ts' },
  closedArea: { kind: 'zone', test: 'test/unit/nav/nav.test.ts' },
};

/** Every field of KindDef as src/core/kinds/base.ts (KindCore) and roles.ts (WalkingPart) declare them, read with the TypeScript parser. */
function kindDefFields(): string[] {
  const names = new Set<string>();
  const read = (file: string, visit: (n: ts.Node) => void) => {
    const src = ts.createSourceFile(file, readFileSync(resolve(import.meta.dirname, '../../../src/core/kinds', file), 'utf8'), ts.ScriptTarget.Latest, true);
    src.forEachChild(visit);
  };
  const members = (list: ts.NodeArray<ts.TypeElement>) => {
    for (const m of list) if (m.name && ts.isIdentifier(m.name)) names.add(m.name.text);
  };
  read('base.ts', (n) => ts.isInterfaceDeclaration(n) && n.name.text === 'KindCore' && members(n.members));
  read('roles.ts', (n) => {
    if (ts.isTypeAliasDeclaration(n) && n.name.text === 'WalkingPart' && ts.isUnionTypeNode(n.type)) for (const t of n.type.types) if (ts.isTypeLiteralNode(t)) members(t.members);
  });
  return [...names];
}
