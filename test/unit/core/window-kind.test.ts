/**
 * The window kind: set into a wall between its sill and head, moved and removed with the wall, never walked
 * through, named for people by the room it lights, and refused with its JSON path when its head is not above its sill.
 */
import { describe, expect, it } from 'vitest';
import { moveElements, removeElements } from '../../../src/core/commands';
import type { HallDocument } from '../../../src/core/document';
import { describeProblems, parseHallValue } from '../../../src/core/io';
import { labelOfElement } from '../../../src/core/element-label';
import { KINDS } from '../../../src/core/kinds/registry';
import { cellAt } from '../../../src/nav/raster-cells';
import { isWalkable, rasterizeFloor } from '../../../src/nav/grid';
import { floorGroup } from '../../../src/rules/report/plan-svg';
import { loadSample } from './helpers';

const wall = KINDS.wall.create({ id: 'w1', a: [0, 0], b: [10, 0], thickness: 0.3 });
const win = KINDS.window.create({ id: 'win1', wallId: 'w1', position: [5, 0], width: 2 });
const room = KINDS.zone.create({
  id: 'z1',
  type: 'waiting',
  name: '等候区',
  polygon: [
    [0, 0],
    [10, 0],
    [10, 6],
    [0, 6],
  ],
});
const doc = (elements = [wall, win, room]): HallDocument => ({
  format: 'halltwin',
  version: 1,
  meta: { name: 'windows', preset: 'hunan', level: 'county', queue: {}, ruleOverrides: {}, disabledRules: [], sprinklers: false, crowded: false },
  floors: [{ id: 'F1', name: '1F', storey: 1, elevation: 0, height: 4, elements }],
});

describe('a window', () => {
  it('loads with its defaults (an exterior clear-glass window 0.9 m to 2.4 m above the floor)', () => {
    const r = parseHallValue(JSON.parse(JSON.stringify(doc())));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const loaded = r.doc.floors[0].elements[1];
    expect(loaded).toMatchObject({ kind: 'window', sillHeight: 0.9, headHeight: 2.4, exterior: true, clearGlass: true });
    // What the schema gives back is what a large import may skip the schema for.
    expect(loaded.kind === 'window' && KINDS.window.asSchemaGives?.(loaded)).toBe(true);
  });

  it('is refused, naming where, when its head is not above its sill or its sill is below the floor', () => {
    const raw = JSON.parse(JSON.stringify(doc([wall, { ...win, sillHeight: 2.5, headHeight: 2.4 }])));
    const r = parseHallValue(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(describeProblems(r.problems, 5)).toMatch(/floors\[0\]\.elements\[1\]\.headHeight: head height 2\.4 m is not above the sill \(2\.5 m\)/);
    const low = parseHallValue(JSON.parse(JSON.stringify(doc([wall, { ...win, sillHeight: -0.1 }]))));
    expect(low.ok).toBe(false);
  });

  it('goes and moves with the wall it sits in', () => {
    expect(
      removeElements(['w1'])
        .apply(doc())
        .doc.floors[0].elements.map((e) => e.id),
    ).toEqual(['z1']);
    const moved = moveElements(['w1'], [0, 2])
      .apply(doc())
      .doc.floors[0].elements.find((e) => e.id === 'win1');
    expect(moved).toMatchObject({ wallId: 'w1', position: [5, 2] });
  });

  it('blocks walking where it stands, even without a wall', () => {
    const free = KINDS.window.create({ id: 'win2', position: [5, 3], width: 2 });
    const before = rasterizeFloor(doc([room]).floors[0]);
    const after = rasterizeFloor(doc([room, free]).floors[0]);
    expect(isWalkable(before, cellAt(before, [5, 3]), 'public')).toBe(true);
    expect(isWalkable(after, cellAt(after, [5, 3]), 'public')).toBe(false);
  });

  it('is named by what it is, the room it lights and its width; by its mark when it has one', () => {
    const floor = doc().floors[0];
    expect(labelOfElement(win, floor)).toEqual({ zh: '外窗（等候区，2 m）', en: 'Exterior window (等候区, 2 m)' });
    expect(labelOfElement({ ...win, exterior: false, name: 'C-3' }, floor)).toEqual({ zh: '内窗 C-3（2 m）', en: 'Interior window C-3 (2 m)' });
  });

  it('cuts its wall between its sill and head (what the views draw the wall around)', () => {
    expect(KINDS.window.cutsHost?.(win)).toEqual({ at: [5, 0], width: 2, bottom: 0.9, top: 2.4 });
  });

  it('is drawn on report plans over its wall, once per window', () => {
    const f1 = loadSample('county-hall').floors[0];
    const svg = floorGroup(f1);
    const n = f1.elements.filter((e) => e.kind === 'window').length;
    expect(svg.match(/<polygon [^>]*fill="#38bdf8"/g)?.length).toBe(n);
    // After the wall it sits in, so the wall does not cover it.
    expect(svg.indexOf('fill="#38bdf8"')).toBeGreaterThan(svg.indexOf('stroke="#334155"'));
  });

  it('stands in the county sample front, clear of its doors and the walls meeting it', () => {
    const f1 = loadSample('county-hall').floors[0];
    const windows = f1.elements.filter((e) => e.kind === 'window');
    expect(windows.length).toBeGreaterThanOrEqual(5);
    for (const w of windows) {
      for (const d of f1.elements) {
        if (d.kind !== 'opening' || d.wallId !== w.wallId) continue;
        expect(Math.hypot(d.position[0] - w.position[0], d.position[1] - w.position[1]), `${w.id} clear of ${d.id}`).toBeGreaterThan((d.width + w.width) / 2);
      }
    }
  });
});

describe('sight through a window', () => {
  it('clear glass lets a view through its wall; frosted glass does not', async () => {
    const { lineOfSight } = await import('../../../src/nav/sight');
    const outside: [number, number] = [5, -3];
    const inside: [number, number] = [5, 3];
    expect(lineOfSight(doc([wall, room]), 'F1', outside, inside)).toBe(false);
    expect(lineOfSight(doc(), 'F1', outside, inside)).toBe(true);
    expect(lineOfSight(doc([wall, { ...win, clearGlass: false }, room]), 'F1', outside, inside)).toBe(false);
    // Beside the window, the wall still blocks.
    expect(lineOfSight(doc(), 'F1', [8, -3], [8, 3])).toBe(false);
  });
});
