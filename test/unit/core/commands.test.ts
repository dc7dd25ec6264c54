import { describe, expect, it } from 'vitest';
import {
  addElements,
  removeElements,
  replaceElements,
  setElementField,
  moveElements,
  rotateElements,
  moveToFloor,
  addFloor,
  removeFloor,
  updateFloor,
  reorderFloors,
  setMeta,
  replaceDocument,
  batch,
  CommandError,
  type Command,
} from '../../../src/core/commands';
import { KINDS } from '../../../src/core/kinds/registry';
import { emptyDocument, type HallDocument } from '../../../src/core/document';
import { getElement, findElement } from '../../../src/core/query';
import { loadSample } from './helpers';

/** Apply, check the change, undo, expect the exact original back, redo, expect the change again. */
function roundTrip(doc: HallDocument, cmd: Command, check: (after: HallDocument) => void) {
  const { doc: after, inverse } = cmd.apply(doc);
  check(after);
  const { doc: back, inverse: redo } = inverse.apply(after);
  expect(back).toEqual(doc);
  const { doc: again } = redo.apply(back);
  expect(again).toEqual(after);
}

const county = loadSample('county-hall');
const counter = county.floors[0].elements.find((e) => e.kind === 'counter')!;
const zone = county.floors[0].elements.find((e) => e.kind === 'zone')!;

describe('element commands execute and undo exactly', () => {
  it('addElements', () => {
    const seat = KINDS.point.create({ id: 'new-seat', pointKind: 'seat', position: [10, 10] });
    roundTrip(county, addElements('F1', [seat]), (d) => expect(getElement(d, 'new-seat')).toEqual(seat));
  });
  it('addElements refuses a duplicate id and an unknown floor', () => {
    expect(() => addElements('F1', [counter]).apply(county)).toThrow(CommandError);
    expect(() => addElements('nope', []).apply(county)).toThrow(/no floor/);
  });
  it('removeElements across floors restores positions', () => {
    const ids = [county.floors[0].elements[5].id, county.floors[1].elements[7].id, county.floors[0].elements[100].id];
    roundTrip(county, removeElements(ids), (d) => ids.forEach((id) => expect(getElement(d, id)).toBeUndefined()));
  });
  it('replaceElements and setElementField', () => {
    roundTrip(county, setElementField(counter.id, 'top.height', 0.8), (d) => {
      const c = getElement(d, counter.id);
      expect(c?.kind === 'counter' && c.top.height).toBe(0.8);
      expect(c?.kind === 'counter' && c.top.width).toBe(0.9);
    });
    expect(() => replaceElements([{ ...zone, kind: 'wall' } as never]).apply(county)).toThrow(/kind/);
  });
  it('moveElements translates every kind by the delta', () => {
    const ids = county.floors[0].elements.slice(0, 60).map((e) => e.id);
    roundTrip(county, moveElements(ids, [1.5, -2]), (d) => {
      const c = getElement(d, counter.id)!;
      if (ids.includes(counter.id) && c.kind === 'counter') expect(c.position).toEqual([counter.position[0] + 1.5, counter.position[1] - 2]);
    });
    roundTrip(county, moveElements([counter.id], [1, 1]), (d) => {
      const c = getElement(d, counter.id);
      expect(c?.kind === 'counter' && c.position).toEqual([counter.position[0] + 1, counter.position[1] + 1]);
    });
  });
  it('rotateElements', () => {
    roundTrip(county, rotateElements([counter.id], 90, counter.kind === 'counter' ? counter.position : [0, 0]), (d) => {
      const c = getElement(d, counter.id);
      expect(c?.kind === 'counter' && c.rotation).toBe(270);
    });
  });
  it('moveToFloor keeps the id', () => {
    roundTrip(county, moveToFloor([counter.id], 'F2'), (d) => expect(findElement(d, counter.id)?.floor.id).toBe('F2'));
  });
  it('batch applies in order and undoes in reverse', () => {
    const a = KINDS.point.create({ id: 'b1', pointKind: 'aed', position: [1, 1] });
    roundTrip(county, batch('two', [addElements('F1', [a]), moveElements(['b1'], [2, 0])]), (d) => {
      const p = getElement(d, 'b1');
      expect(p?.kind === 'point' && p.position).toEqual([3, 1]);
    });
  });
});

describe('floor and hall commands execute and undo exactly', () => {
  it('addFloor / updateFloor / reorderFloors / removeFloor', () => {
    const f3 = { id: 'F3', name: '3F', storey: 3, elevation: 10, height: 4.5, elements: [] };
    roundTrip(county, addFloor(f3), (d) => expect(d.floors.map((f) => f.id)).toEqual(['F1', 'F2', 'F3']));
    roundTrip(county, updateFloor('F2', { name: '二楼' }), (d) => expect(d.floors[1].name).toBe('二楼'));
    roundTrip(county, reorderFloors(['F2', 'F1']), (d) => expect(d.floors[0].id).toBe('F2'));
    roundTrip(county, removeFloor('F2'), (d) => {
      expect(d.floors.map((f) => f.id)).toEqual(['F1']);
      for (const e of d.floors[0].elements) if (e.kind === 'vlink') expect(e.floors).not.toContain('F2');
    });
    expect(() => reorderFloors(['F1']).apply(county)).toThrow(CommandError);
  });
  it('setMeta and replaceDocument', () => {
    roundTrip(county, setMeta({ preset: 'jiangxi', level: 'city' }), (d) => expect(d.meta.preset).toBe('jiangxi'));
    roundTrip(county, replaceDocument(emptyDocument('x')), (d) => expect(d.meta.name).toBe('x'));
  });
});

describe('hosted doors follow their wall', () => {
  const f1 = county.floors[0];
  const door = f1.elements.find((e) => e.kind === 'opening' && e.wallId)!;
  const wallId = door.kind === 'opening' ? door.wallId! : '';
  it('deleting a wall deletes its doors, and undo brings both back', () => {
    roundTrip(county, removeElements([wallId]), (d) => {
      expect(getElement(d, wallId)).toBeUndefined();
      expect(getElement(d, door.id)).toBeUndefined();
    });
  });
  it('moving a wall moves its doors and keeps them hosted; moving a door alone slides it in its wall', () => {
    roundTrip(county, moveElements([wallId], [0, 1]), (d) => {
      const moved = getElement(d, door.id);
      expect(moved?.kind === 'opening' && moved.wallId).toBe(wallId);
      expect(moved?.kind === 'opening' && moved.position[1]).toBeCloseTo((door.kind === 'opening' ? door.position[1] : 0) + 1);
    });
    const wall = getElement(county, wallId);
    if (wall?.kind !== 'wall' || door.kind !== 'opening') throw new Error('the county sample has a door in a wall');
    const u: [number, number] = [wall.b[0] - wall.a[0], wall.b[1] - wall.a[1]];
    const len = Math.hypot(u[0], u[1]);
    // a move across the wall and along it: the door keeps its wall and takes only the part along it
    const delta: [number, number] = [0.5, 0.5];
    const along = (delta[0] * u[0] + delta[1] * u[1]) / len;
    roundTrip(county, moveElements([door.id], delta), (d) => {
      const moved = getElement(d, door.id);
      if (moved?.kind !== 'opening') throw new Error('door gone');
      expect(moved.wallId).toBe(wallId);
      expect(moved.position[0]).toBeCloseTo(door.position[0] + (along * u[0]) / len, 3);
      expect(moved.position[1]).toBeCloseTo(door.position[1] + (along * u[1]) / len, 3);
    });
  });
});
