/**
 * The README's recipe for what a queue barrier cannot be, proven with two more fixture kinds (test/fixtures/kinds),
 * each its folder plus one registry line: a security gate set into a wall (`refs` host, `inWall`, `cutsHost`,
 * `passage`), a pop-up service area (`closedArea`, `destination`, `planLabel`) and a banner hung through two floors
 * (`alsoOn`). Each field is shown by what it makes the hall do.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type Gate, gateKind } from '../../fixtures/kinds/gate';

vi.mock('../../../src/core/kinds/registry', async (orig) => (await import('./fixture-registry')).withFixtureKinds(await orig()));

const { parseHallText, describeProblems } = await import('../../../src/core/io');
const { cloneElements, freshIds } = await import('../../../src/editor/clipboard');
const { hostCuts, CUT_KINDS } = await import('../../../src/view/host-cuts');
const { rasterizeFloor, cellAt, isWalkable } = await import('../../../src/nav/grid');
const { navMapWarnings } = await import('../../../src/nav/export/navmap-warnings');
const { layoutPlanLabels } = await import('../../../src/rules/report/plan-labels');
const { floorExtent } = await import('../../../src/rules/report/plan-svg');
const { elementLabel } = await import('../../../src/core/element-label');
const { wallRoom } = await import('../editor/wall-room');
const { visitorsOn } = await import('../../../src/core/standing-on');
const { landmarksOf } = await import('../../../src/nav/instructions/landmarks-of');

type Doc = import('../../../src/core/document').HallDocument;
type El = import('../../../src/core/kinds/registry').HallElement;
type Raw = { floors: { id: string; elements: Record<string, unknown>[] }[] };
const county = readFileSync(resolve(import.meta.dirname, '../../../models/county-hall.hall.json'), 'utf8');

/** The county hall edited as raw JSON, loaded (or its problems). */
function loadEdited(edit: (raw: Raw) => void): ReturnType<typeof parseHallText> {
  const raw = JSON.parse(county) as Raw;
  edit(raw);
  return parseHallText(JSON.stringify(raw));
}
function load(edit: (raw: Raw) => void): Doc {
  const r = loadEdited(edit);
  if (!r.ok) throw new Error(describeProblems(r.problems, 5));
  return r.doc;
}
const gate = (init: Partial<Gate> = {}) => gateKind.create({ id: 'g', wallId: 's', position: [9, 0], ...init }) as unknown as El;
const popup = (id: string, x: number, y: number, init: Record<string, unknown> = {}) => ({
  kind: 'popup',
  id,
  polygon: [
    [x, y],
    [x + 4, y],
    [x + 4, y + 2],
    [x, y + 2],
  ],
  ...init,
});

describe('a kind set into a wall: the security gate', () => {
  it('`refs`: the loader checks its host is a wall; the wall takes it along when deleted; a copy keeps the host only when copied with it', () => {
    const zoneId = (JSON.parse(county) as Raw).floors[0].elements.find((e) => e.kind === 'zone')!.id as string;
    const wrongKind = loadEdited((raw) => raw.floors[0].elements.push({ kind: 'gate', id: 'g1', wallId: zoneId, position: [30, 0] }));
    expect(wrongKind.ok).toBe(false);
    if (!wrongKind.ok) expect(describeProblems(wrongKind.problems, 5)).toMatch(/floors\[0\]\.elements\[\d+\]\.wallId.*gate stands in .*which is a zone, not a wall/);
    const unknown = loadEdited((raw) => raw.floors[0].elements.push({ kind: 'gate', id: 'g1', wallId: 'nowhere', position: [30, 0] }));
    expect(!unknown.ok && describeProblems(unknown.problems, 5)).toMatch(/unknown wall "nowhere"/);

    const ed = wallRoom(gate());
    ed.select(['s']);
    ed.key('Delete');
    expect(ed.el('g')).toBeUndefined();
    ed.undo();
    expect(ed.el('g')).toMatchObject({ wallId: 's' });

    const [alone] = cloneElements([ed.el('g')!], [0, 1], freshIds(ed.doc));
    expect(alone).toMatchObject({ kind: 'gate', position: [9, 1] });
    expect((alone as { wallId?: string }).wallId).toBeUndefined();
    const [wall, withWall] = cloneElements([ed.el('s')!, ed.el('g')!], [0, 1], freshIds(ed.doc));
    expect((withWall as { wallId?: string }).wallId).toBe(wall.id);
  });

  it('`inWall`: its tool previews it in the wall under the pointer, sets it there, refuses it over the door or away from walls, and a drag slides it along', () => {
    const ed = wallRoom().use('gate');
    ed.move(16.2, 0.6);
    expect(ed.state.overlay.ghosts).toMatchObject([{ kind: 'gate', wallId: 's', position: [16, 0], rotation: 0 }]);
    expect(ed.state.overlay.blockedIds ?? []).toEqual([]);
    ed.click(16.2, 0.6);
    const placed = ed.ofKind('gate');
    expect(placed).toMatchObject([{ wallId: 's', position: [16, 0], rotation: 0, width: 0.9 }]);
    // Into the partition it turns with the wall.
    ed.move(12.3, 4.9).click(12.3, 4.9);
    expect(ed.ofKind('gate')[1]).toMatchObject({ wallId: 'p', position: [12, 5], rotation: 90 });
    ed.move(5.2, 0.3);
    expect(ed.state.overlay.blockedIds).toEqual([ed.state.overlay.ghosts[0].id]);
    ed.click(5.2, 0.3);
    ed.move(6, 5).click(6, 5);
    expect(ed.ofKind('gate')).toHaveLength(2);

    ed.use('select');
    ed.select([placed[0].id]);
    ed.drag([16, 0], [17.6, 0.9]);
    expect(ed.el(placed[0].id)).toMatchObject({ wallId: 's', position: [17.5, 0] });
  });

  it('`cutsHost`: the wall it stands in is drawn around a hole from the floor to its head; a door, which declares none, cuts nothing', () => {
    expect(CUT_KINDS.has('wall')).toBe(true);
    const ed = wallRoom(gate({ height: 2.4 }));
    const cuts = hostCuts([ed.floor.elements]);
    expect(cuts.get('s')).toEqual([{ at: [9, 0], width: 0.9, bottom: 0, top: 2.4 }]);
    expect([...cuts.keys()]).toEqual(['s']);
  });

  it('`passage`: it opens its wall for walking, to staff alone when it is a staff gate', () => {
    const at = (ed: ReturnType<typeof wallRoom>) => {
      const g = rasterizeFloor(ed.floor);
      const c = cellAt(g, [9, 0]);
      return { public: isWalkable(g, c, 'public'), staff: isWalkable(g, c, 'staff') };
    };
    expect(at(wallRoom())).toEqual({ public: false, staff: false });
    expect(at(wallRoom(gate()))).toEqual({ public: true, staff: true });
    expect(at(wallRoom(gate({ staffOnly: true })))).toEqual({ public: false, staff: true });
  });

  it('`label`: with no `describe`, a report names it by its kind', () => {
    const ed = wallRoom(gate());
    expect(elementLabel(ed.doc, 'g')).toEqual({ zh: '安检门', en: 'Security gate' });
  });
});

describe('an area kind: the pop-up service area', () => {
  it('`closedArea`: suspended, it is closed to the public and open to staff; serving, open to all', () => {
    const cell = (init: Record<string, unknown>) => {
      const g = rasterizeFloor(load((raw) => raw.floors[0].elements.push(popup('pop', 22, 25, init))).floors[0]);
      const c = cellAt(g, [24, 26]);
      return { public: isWalkable(g, c, 'public'), staff: isWalkable(g, c, 'staff') };
    };
    expect(cell({})).toEqual({ public: true, staff: true });
    expect(cell({ suspended: true })).toEqual({ public: false, staff: true });
  });

  it('`destination`: the phone map counts those serving as places to go, and warns when a hall has too few', () => {
    const hall = (suspended: boolean) =>
      load((raw) => {
        for (const f of raw.floors) f.elements = f.elements.filter((e) => e.kind === 'wall');
        raw.floors[0].elements.push(popup('pop-1', 4, 4), popup('pop-2', 10, 4), popup('pop-3', 16, 4, { suspended }));
      });
    expect(navMapWarnings(hall(false)).map((w) => w.code)).not.toContain('few-destinations');
    expect(navMapWarnings(hall(true)).find((w) => w.code === 'few-destinations')?.en).toMatch(/^Only 2 places to go to/);
  });

  it('`planLabel`: a report plan writes its name at its middle', () => {
    const floor = load((raw) => raw.floors[0].elements.push(popup('pop', 40, 30, { name: '社保专区' }))).floors[0];
    const ext = floorExtent(floor);
    const scale = 1200 / (ext.maxX - ext.minX + 2);
    const labels = layoutPlanLabels(floor, [], { x0: ext.minX - 1, y1: ext.maxY + 1, scale }, { width: 1200, height: Math.round(scale * (ext.maxY - ext.minY + 2)) });
    const label = labels.find((l) => l.full === '社保专区');
    expect(label?.kind).toBe('zone');
    const mid = [(42 - ext.minX + 1) * scale, (ext.maxY + 1 - 31) * scale];
    expect(Math.abs((label!.box.x0 + label!.box.x1) / 2 - mid[0])).toBeLessThan(30);
    expect(Math.abs((label!.box.y0 + label!.box.y1) / 2 - mid[1])).toBeLessThan(30);
  });
});

describe('a kind on several floors: the banner hung in a double-height hall', () => {
  it('`alsoOn`: stored on 1F, it stands on 2F too (a landmark in directions there); hung on 1F alone, not', () => {
    const hall = (floors: string[]) => load((raw) => raw.floors[0].elements.push({ kind: 'banner', id: 'f1-banner', name: '欢迎横幅', position: [32, 8], floors }));
    const both = hall(['F1', 'F2']);
    expect(visitorsOn(both.floors, both.floors[1]).map((e) => e.id)).toContain('f1-banner');
    expect(landmarksOf(both, 'F2').find((m) => m.id === 'f1-banner')).toMatchObject({ zh: '欢迎横幅', en: 'the banner' });
    expect(landmarksOf(both, 'F1').map((m) => m.id)).toContain('f1-banner');
    const one = hall(['F1']);
    expect(visitorsOn(one.floors, one.floors[1]).map((e) => e.id)).not.toContain('f1-banner');
    expect(landmarksOf(one, 'F2').map((m) => m.id)).not.toContain('f1-banner');
  });
});
