/**
 * Doors named for people: by the rooms they join, and where those rooms have no name (a DXF import leaves
 * the rooms it found no text in unnamed and unclassified) not as "门（未分类，0.76 m）" — a place no reader
 * can find — but by the rooms that do have one, else by the door's number on its floor ("门 3").
 */
import { describe, expect, it } from 'vitest';
import type { Floor } from '../../../src/core/document';
import { labelOfElement } from '../../../src/core/element-label';
import type { HallElement } from '../../../src/core/kinds/registry';

const room = (id: string, x0: number, x1: number, extra: Record<string, unknown> = {}): HallElement =>
  ({
    kind: 'zone',
    id,
    type: 'unclassified',
    also: [],
    polygon: [
      [x0, 0],
      [x1, 0],
      [x1, 4],
      [x0, 4],
    ],
    ...extra,
  }) as HallElement;
const wall: HallElement = { kind: 'wall', id: 'w1', a: [0, 4], b: [12, 4], thickness: 0.2 } as HallElement;
/** A door in the wall at y = 4, between the room below it and whatever lies above (nothing). */
const door = (id: string, x: number): HallElement =>
  ({ kind: 'opening', id, wallId: 'w1', position: [x, 4], rotation: 0, width: 0.76, height: 2.1, entrance: 'none', step: 0 }) as HallElement;
/** Doors across the partition at x = 4 between two rooms (rotated 90°: their sides are west and east). */
const between = (id: string, y: number): HallElement =>
  ({ kind: 'opening', id, wallId: 'w1', position: [4, y], rotation: 90, width: 0.76, height: 2.1, entrance: 'none', step: 0 }) as HallElement;
const floorOf = (elements: HallElement[]): Floor => ({ id: 'F1', name: '1F', storey: 1, elevation: 0, height: 4.5, elements });

describe('door names where rooms have no names', () => {
  it('an unnamed, unclassified room gives no name: the door is named by its number on the floor', () => {
    const d1 = door('d1', 2);
    const d2 = door('d2', 6);
    const f = floorOf([wall, room('z1', 0, 4), room('z2', 4, 8), d1, d2]);
    expect(labelOfElement(d1, f)).toEqual({ zh: '门 1（0.76 m）', en: 'Door 1 (0.76 m)' });
    expect(labelOfElement(d2, f)).toEqual({ zh: '门 2（0.76 m）', en: 'Door 2 (0.76 m)' });
    expect(labelOfElement(d2, f).zh).not.toMatch(/未分类/);
  });

  it('between a named room and an unnamed one, only the named room is given', () => {
    const d = between('d1', 2);
    const f = floorOf([wall, room('z1', 0, 4, { name: 'A103' }), room('z2', 4, 8), d]);
    expect(labelOfElement(d, f)).toEqual({ zh: '门（A103，0.76 m）', en: 'Door (A103, 0.76 m)' });
  });

  it('rooms with a name, a number or a type still name the door as before', () => {
    const d = between('d1', 2);
    const f = floorOf([wall, room('z1', 0, 4, { name: 'A103' }), room('z2', 4, 8, { type: 'waiting' }), d]);
    expect(labelOfElement(d, f).zh).toBe('门（A103—休息等候区，0.76 m）');
    const g = floorOf([wall, room('z1', 0, 4, { number: '101' }), room('z2', 4, 8, { name: 'LOBBY' }), d]);
    expect(labelOfElement(d, g).en).toBe('Door (101 – LOBBY, 0.76 m)');
  });
});
