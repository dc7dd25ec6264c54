/**
 * The README's recipe for a new element kind, proven with a fixture kind (a queue barrier, test/fixtures/kinds/barrier):
 * its folder plus one line in the registry, and nothing else. Each field of a kind's definition is shown by what it
 * makes the hall do, here or, for what a barrier cannot be, with the other fixture kinds in
 * fixture-kind-walls-areas.test.ts; a last test reads the definition's type and fails on a field no test title names.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { barrierKind, BarrierSchema } from '../../fixtures/kinds/barrier';
import { bannerKind } from '../../fixtures/kinds/banner';
import { gateKind } from '../../fixtures/kinds/gate';
import { popupKind } from '../../fixtures/kinds/popup';

// The one registry line: the registry as shipped, with the fixture kinds added to its union and its table.
vi.mock('../../../src/core/kinds/registry', async (orig) => (await import('./fixture-registry')).withFixtureKinds(await orig()));

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
const { floorGroup } = await import('../../../src/rules/report/plan-svg');
const { sharedFields } = await import('../../../src/ui/inspector/selection-fields');
const { addElements } = await import('../../../src/core/commands');
const { vertexHandles } = await import('../../../src/view/handles');

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
  it('`kind` and `walking`: a registered kind with a part in walking, so the nav rules re-run when it changes', () => {
    expect(ELEMENT_KINDS).toContain('barrier');
    expect(NAV_KINDS).toContain('barrier');
  });

  it('`schema`: a good barrier loads, a bad one is refused with its JSON path', () => {
    expect(load(withBarrier([20, 26], [28, 26])).floors[0].elements.at(-1)).toMatchObject({ kind: 'barrier', height: 0.9 });
    const bad = parseHallText(withBarrier([20, 26], [28, 26], { height: -1 }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(describeProblems(bad.problems, 5)).toMatch(/floors\[0\]\.elements\[\d+\]\.height/);
  });

  it('`footprint`, `segments`, `halfWidth`, `pickRank`: picked along its belt, before the room it stands in, and not beside it', () => {
    const doc = load(withBarrier([20, 26], [28, 26]));
    const floor = doc.floors[0];
    const room = hitTest(load(text).floors[0], [24, 26.02]);
    expect(room?.kind).toBe('zone');
    expect(hitTest(floor, [24, 26.02])?.id).toBe('f1-barrier-01');
    expect(hitTest(floor, [24, 26.6])?.id).toBe(room?.id);
    expect(barrierKind.footprint(floor.elements.at(-1) as never)).toEqual([
      [20, 25.95],
      [28, 25.95],
      [28, 26.05],
      [20, 26.05],
    ]);
  });

  it('`snap`: snaps as its declared role, an axis with ends, midpoint and extension', () => {
    const floor = load(withBarrier([20, 26], [28, 26])).floors[0];
    expect(snapPoint(floor, [20.1, 26.1], { tolerance: 0.3 })).toMatchObject({ point: [20, 26], kind: 'vertex' });
    expect(snapPoint(floor, [24.1, 26.1], { tolerance: 0.3 })).toMatchObject({ point: [24, 26], kind: 'midpoint' });
    expect(snapPoint(floor, [30, 26.1], { tolerance: 0.3, grid: 0.5 })).toMatchObject({ point: [30, 26], kind: 'extension' });
  });

  it('`mapGeometry`: exports to GeoJSON as a line from a to b', () => {
    const f = hallGeoJson(load(withBarrier([20, 26], [28, 26]))).features.find((x) => x.id === 'f1-barrier-01');
    expect(f?.geometry).toEqual({ type: 'LineString', coordinates: expect.any(Array) });
    expect(f?.properties).toMatchObject({ kind: 'barrier', height: 0.9, floor: 'F1' });
  });

  it('`blocksWalking`: blocks walking on the cells under it', () => {
    const before = rasterizeFloor(load(text).floors[0]);
    const after = rasterizeFloor(load(withBarrier([20, 26], [28, 26])).floors[0]);
    const c = cellAt(after, [24, 26]);
    expect(isWalkable(before, c, 'public')).toBe(true);
    expect(isWalkable(after, c, 'public')).toBe(false);
  });

  it('`ifc`: exports to IFC as its declared entity with its property set', () => {
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

  it('`sight`: blocks sight only as tall as it says, a waist-high belt is seen over, a 2 m screen is not', () => {
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

  it('`tools`: offered by the toolbar, its key and the catalogue, and its declared tool places it with two clicks', () => {
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

  it('`describe`, `measureWord`, `variant`, `idPrefix`, `asSchemaGives`: named, counted, told apart, copied and read fast as it declares', () => {
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
    expect(countedKinds({ wall: 3, barrier: 2 } as Record<string, number>)).toEqual({ zh: '3 道墙、2 道排队护栏', en: '3 walls, 2 queue barriers' });
    const [belt, other] = doc.floors[0].elements.filter((e) => e.kind === ('barrier' as string));
    const screen = { ...belt, height: 2 };
    expect(similarityKey(belt)).toBe(similarityKey(other));
    expect(similarityKey(screen)).not.toBe(similarityKey(belt));
    const tall = { ...other, height: 2 } as typeof other;
    expect(cloneElements([tall, belt], [1, 0], freshIds(doc)).map((e) => e.id.replace(/-\d+$/, ''))).toEqual(['screen', 'barrier']);
    // A barrier as loaded is one the schema gives back unchanged; one with a key the schema drops is not.
    expect(barrierKind.asSchemaGives?.(belt as never)).toBe(true);
    expect(BarrierSchema.parse(belt)).toEqual(belt);
    expect(barrierKind.asSchemaGives?.({ ...belt, colour: 'red' } as never)).toBe(false);
  });

  it('`landmark`, `usedByCitizens`: a landmark in spoken directions, and it makes a floor public', () => {
    const doc = load(withBarrier([20, 26], [28, 26]));
    expect(landmarksOf(doc, 'F1').find((m) => m.id === 'f1-barrier-01')).toMatchObject({ zh: '排队护栏', en: 'the queue barriers', rank: 1 });
    const raw = JSON.parse(text);
    raw.floors.push({ id: 'F9', name: '9F', storey: 9, elevation: 40, height: 4, elements: [{ kind: 'barrier', id: 'f9-barrier', a: [1, 1], b: [3, 1], height: 0.9 }] });
    expect(publicFloors(load(JSON.stringify(raw))).map((f) => f.id)).toContain('F9');
    const bare = JSON.parse(text);
    bare.floors.push({ id: 'F9', name: '9F', storey: 9, elevation: 40, height: 4, elements: [] });
    expect(publicFloors(load(JSON.stringify(bare))).map((f) => f.id)).not.toContain('F9');
  });

  it("`create` and `label`: each fixture kind's defaults are an element its schema gives back unchanged; a count and a report name it by its label", () => {
    for (const k of [barrierKind, gateKind, popupKind, bannerKind] as { create(i: { id: string }): unknown; schema: { parse(x: unknown): unknown } }[]) {
      const made = k.create({ id: 'x-1' });
      expect(k.schema.parse(made)).toEqual(made);
    }
    expect(countedKinds({ barrier: 2 } as Record<string, number>)).toEqual({ zh: '2 道排队护栏', en: '2 queue barriers' });
  });

  it('`plan`: a report plan draws it as a line of its colour from a to b', () => {
    const svg = floorGroup(load(withBarrier([20, 26], [28, 26])).floors[0]);
    expect(svg).toContain('<line x1="20" y1="26" x2="28" y2="26" stroke="#a16207"');
    expect(floorGroup(load(text).floors[0])).not.toContain('#a16207');
  });

  it('`fields`: the inspector shows its height beside the name, shared with another barrier, not with a room', () => {
    const [belt, room] = [load(withBarrier([20, 26], [28, 26])).floors[0].elements.at(-1)!, load(text).floors[0].elements.find((e) => e.kind === 'zone')!];
    expect(sharedFields([belt]).map((f) => [f.key, f.label.zh])).toEqual([
      ['name', '名称'],
      ['height', '高度'],
    ]);
    expect(sharedFields([belt, { ...belt, id: 'b2' }]).map((f) => f.key)).toEqual(['name', 'height']);
    expect(sharedFields([belt, room]).map((f) => f.key)).toEqual(['name']);
  });

  it('`vertices`, `moveVertex`: the selected barrier shows a handle at each end, and each end is dragged alone by its handle', () => {
    const ed = new TestEditor(load(withBarrier([20, 26], [28, 26])));
    const handles = () => vertexHandles(ed.el('f1-barrier-01')!);
    expect(handles().map((h) => h.at)).toEqual([
      [20, 26],
      [28, 26],
    ]);
    ed.drag(handles()[0].at, [20, 28], { handle: handles()[0].ref });
    expect(ed.el('f1-barrier-01')).toMatchObject({ a: [20, 28], b: [28, 26] });
    ed.drag(handles()[1].at, [27, 26], { handle: handles()[1].ref });
    expect(ed.el('f1-barrier-01')).toMatchObject({ a: [20, 28], b: [27, 26] });
  });

  it('`translate`, `anchor`, `rotate`: dragged by its middle, which lands on the grid; turned about its middle by R', () => {
    const ed = new TestEditor();
    ed.execute(addElements('F1', [{ kind: 'barrier', id: 'b', a: [0, 0], b: [8.3, 0], height: 0.9 } as never]));
    ed.select(['b']);
    ed.drag([2, 0], [3.13, 1.91]);
    const moved = ed.el('b') as unknown as { a: P; b: P };
    const mid: P = [(moved.a[0] + moved.b[0]) / 2, (moved.a[1] + moved.b[1]) / 2];
    expect(mid.map((v) => Math.round(v * 2) / 2)).toEqual(mid.map((v) => Math.round(v * 1e9) / 1e9));
    expect(moved.b[0] - moved.a[0]).toBeCloseTo(8.3, 9);
    expect(Math.abs(moved.a[0] * 2 - Math.round(moved.a[0] * 2))).toBeGreaterThan(0.1);
    ed.key('r');
    const turned = ed.el('b') as unknown as { a: P; b: P };
    expect((Math.atan2(turned.b[1] - turned.a[1], turned.b[0] - turned.a[0]) * 180) / Math.PI).toBeCloseTo(15, 6);
    expect([(turned.a[0] + turned.b[0]) / 2, (turned.a[1] + turned.b[1]) / 2].map((v, i) => v - mid[i]).map((v) => Math.abs(v) < 1e-9)).toEqual([true, true]);
  });

  it('names every field a kind may have in a test title of the fixture kinds, and some fixture kind declares it', () => {
    const fields = kindDefFields();
    expect(fields).toEqual(expect.arrayContaining(['label', 'walking', 'sight', 'cutsHost', 'describe', 'tools', 'passage', 'closedArea', 'alsoOn']));
    const titled = new Set(
      ['fixture-kind.test.ts', 'fixture-kind-walls-areas.test.ts']
        .flatMap((f) => testTitles(resolve(import.meta.dirname, f)))
        .flatMap((t) => [...t.matchAll(/`(\w+)`/g)].map((m) => m[1])),
    );
    expect(fields.filter((f) => !titled.has(f))).toEqual([]);
    const declared = new Set([barrierKind, gateKind, popupKind, bannerKind].flatMap((k) => Object.keys(k)));
    expect(fields.filter((f) => !declared.has(f))).toEqual([]);
  });
});

/** The titles of a test file's `it`s, read with the TypeScript parser. */
function testTitles(file: string): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'it' && n.arguments[0] && ts.isStringLiteralLike(n.arguments[0]))
      out.push(n.arguments[0].text);
    n.forEachChild(visit);
  };
  visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
  return out;
}

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
