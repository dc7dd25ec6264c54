/**
 * The planner's and the architect's walk leftovers, headless: a turn cannot take a door or window out of its wall; a
 * stair or lift stored on the floor below snaps on the floor above it joins; a finding about a stair on 2F opens on
 * 2F wherever the user stands.
 */
import { describe, expect, it } from 'vitest';
import { rotateElements } from '../../../src/core/commands';
import { KINDS, type ElementOf } from '../../../src/core/kinds/registry';
import type { TestEditor } from './test-editor';
import { stairHall } from './wall-room';

/** A 20 × 10 m room, a door at x = 5 and a window at x = 12 in its south wall, a seat inside, a stair (1F–2F) off the grid. */
const hall = () => stairHall({ stairAt: [15.3, 5.3], openings: [KINDS.window.create({ id: 'w', wallId: 's', position: [12, 0], width: 1.5 })] });
const door = (ed: TestEditor) => ed.el('d') as ElementOf<'opening'>;

describe('a turn keeps a door or window in its wall', () => {
  it('turned alone (R, Shift+R) it stays where it is, along its wall', () => {
    const ed = hall();
    ed.select(['d']);
    ed.key('r');
    expect(door(ed)).toMatchObject({ wallId: 's', position: [5, 0], rotation: 0 });
    ed.key('r', { shift: true });
    expect(door(ed)).toMatchObject({ wallId: 's', position: [5, 0], rotation: 0 });
    ed.select(['w']);
    ed.key('r');
    expect(ed.el('w')).toMatchObject({ wallId: 's', position: [12, 0], rotation: 0 });
  });
  it('a half turn flips the side it faces, still in its wall', () => {
    const ed = hall();
    ed.execute(rotateElements(['d'], 180, [5, 0]));
    expect(door(ed)).toMatchObject({ wallId: 's', position: [5, 0], rotation: 180 });
  });
  it('turned with a seat about their centre, it takes the part along its wall of where the turn carries it', () => {
    const ed = hall();
    // a quarter turn about (5, 1.5) carries the door from (5, 0) to (6.5, 1.5): 1.5 m along the wall
    ed.execute(rotateElements(['seat', 'd'], 90, [5, 1.5]));
    expect((ed.el('seat') as ElementOf<'point'>).position.map((v) => Math.round(v * 1000) / 1000)).toEqual([3.5, 1.5]);
    expect(door(ed)).toMatchObject({ wallId: 's', position: [6.5, 0], rotation: 0 });
  });
  it('turned with its wall it turns with it', () => {
    const ed = hall();
    ed.execute(rotateElements(['s'], 90, [0, 0]));
    expect(door(ed).rotation).toBe(90);
    expect(door(ed).position.map((v) => Math.round(v * 1000) / 1000)).toEqual([0, 5]);
  });
});

describe('a stair from the floor below snaps on the floor above', () => {
  it('on 2F the pointer lines up with the 1F stair it joins, as on 1F', () => {
    const ed = hall();
    const near: [number, number] = [15.34, 9.02];
    expect(ed.snap(near).point[0]).toBeCloseTo(15.3, 6);
    ed.setFloor('F2');
    const s = ed.snap(near);
    expect(s.point[0]).toBeCloseTo(15.3, 6);
    expect(s.guides.length).toBeGreaterThan(0);
  });
});

describe('a finding about a stair opens on the finding floor', () => {
  it('framed for 2F from 1F it shows 2F; for 1F from 2F it shows 1F; without a floor, where the user is', () => {
    const ed = hall();
    ed.frame(['stair'], true, 'F2');
    expect(ed.floorId).toBe('F2');
    ed.frame(['stair'], true, 'F1');
    expect(ed.floorId).toBe('F1');
    ed.setFloor('F2');
    ed.frame(['stair']);
    expect(ed.floorId).toBe('F2');
    // a floor the element does not stand on does not hide it: its own floor is shown
    ed.frame(['seat'], true, 'F2');
    expect(ed.floorId).toBe('F1');
  });
});
