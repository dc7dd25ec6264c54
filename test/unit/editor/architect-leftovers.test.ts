/**
 * What the architect met on the last walk, headless: a stair picked, counted, selected and moved from the floor above
 * it joins; a door in a mixed selection or nudged by the arrow keys stays in its wall; the status line says what a
 * click of an armed tool does; the error banner goes with the next action; a counter is picked before its plate.
 */
import { describe, expect, it } from 'vitest';
import { addElements } from '../../../src/core/commands';
import { KINDS, type ElementOf } from '../../../src/core/kinds/registry';
import { numberPlate } from '../../../src/editor/counter-plates';
import { toolStatus } from '../../../src/editor/tool-hint';
import { TestEditor } from './test-editor';
import { stairHall } from './wall-room';

/** A 20 × 10 m room with a door at x = 5 in its south wall, a seat inside, a stair from 1F to 2F at (15, 5). */
const hall = () =>
  stairHall({
    stairAt: [15, 5],
    walls: [KINDS.wall.create({ id: 'n', a: [20, 10], b: [0, 10], thickness: 0.3 })],
    openings: [KINDS.opening.create({ id: 'd2', wallId: 's', position: [8, 0], width: 1 })],
  });
const door = (ed: TestEditor, id = 'd') => ed.el(id) as ElementOf<'opening'>;

describe('a stair on every floor it joins', () => {
  it('on 2F it is counted, hit, clicked, box-selected and Ctrl+A-selected; dragged there it moves the one stair stored on 1F', () => {
    const ed = hall();
    ed.setFloor('F2');
    expect(ed.floor.elements).toHaveLength(0);
    expect(ed.standing.map((e) => e.id)).toEqual(['stair']);
    expect(ed.hitTest([15, 5])?.id).toBe('stair');
    ed.click(15, 5);
    expect(ed.selection).toEqual(['stair']);
    ed.drag([15, 5], [16, 5]);
    expect((ed.el('stair') as ElementOf<'vlink'>).position).toEqual([16, 5]);
    expect(ed.doc.floors[1].elements).toHaveLength(0);
    ed.select([]);
    ed.drag([12, 0], [19, 9]);
    expect(ed.selection).toEqual(['stair']);
    ed.select([]);
    ed.key('a', { ctrl: true });
    expect(ed.selection).toEqual(['stair']);
    // framed from 2F (the inspector's target button) it is shown on 2F; a seat of 1F takes the view to 1F
    ed.frame(['stair']);
    expect(ed.floorId).toBe('F2');
    ed.frame(['seat']);
    expect(ed.floorId).toBe('F1');
  });
});

describe('a door in its wall whatever moves it', () => {
  it('in a mixed selection it slides along its wall by the part of the move along it', () => {
    const ed = hall();
    ed.select(['seat', 'd']);
    ed.drag([5, 3], [6, 4]);
    expect((ed.el('seat') as ElementOf<'point'>).position).toEqual([6, 4]);
    expect(door(ed)).toMatchObject({ wallId: 's', position: [6, 0] });
  });
  it('nudged across its wall it stays; along it, it slides a grid step; it stops short of the next door', () => {
    const ed = hall();
    ed.select(['d']);
    ed.key('ArrowUp');
    expect(door(ed)).toMatchObject({ wallId: 's', position: [5, 0] });
    ed.key('ArrowRight');
    expect(door(ed)).toMatchObject({ wallId: 's', position: [5.5, 0] });
    ed.key('ArrowRight', { shift: true });
    expect(door(ed)).toMatchObject({ wallId: 's', position: [6.5, 0] });
    // 7.5 would overlap the door at 8 (each 1 m wide): it waits where it last fitted
    ed.key('ArrowRight', { shift: true });
    expect(door(ed).position).toEqual([6.5, 0]);
  });
  it('moved with its wall it moves with it, still in it', () => {
    const ed = hall();
    ed.select(['s', 'd']);
    ed.key('ArrowUp');
    expect(door(ed)).toMatchObject({ wallId: 's', position: [5, 0.5] });
  });
});

describe('the status line says what a click of the armed tool does', () => {
  it('door by a wall, door in the open, lift between floors, zone in the open', () => {
    const ed = hall();
    ed.use('door').move(3, 0.2);
    expect(toolStatus(ed.state)?.zh).toBe('单击将门放入此墙');
    ed.move(10, 5);
    expect(toolStatus(ed.state)?.zh).toMatch(/门需放在墙上/);
    ed.use('vlink', { linkKind: 'elevator' }).move(3, 3);
    expect(toolStatus(ed.state)).toEqual({ zh: '单击放置电梯，连接 1F 与 2F', en: 'Click: Elevator joining 1F and 2F' });
    ed.use('zone-rect').move(3, 3);
    expect(toolStatus(ed.state)?.zh).toMatch(/拖动画矩形/);
    ed.use('select');
    expect(toolStatus(ed.state)).toBeUndefined();
  });
});

describe('the error banner goes with the next action', () => {
  it('a refused door click: cleared by another tool, by a view switch, and by a click that places', () => {
    const ed = hall();
    ed.use('door').click(10, 5);
    expect(ed.state.error).toBeDefined();
    ed.use('window');
    expect(ed.state.error).toBeUndefined();
    ed.click(10, 5);
    expect(ed.state.error).toBeDefined();
    ed.key('3');
    expect(ed.state.viewMode).toBe('3d');
    expect(ed.state.error).toBeUndefined();
    ed.click(10, 5).click(12, 0.2);
    expect(ed.state.error).toBeUndefined();
    expect(ed.ofKind('window')).toHaveLength(1);
  });
});

describe('a counter before its number plate', () => {
  it('a click on the plate picks the counter; a second click the plate; Tab reaches it too', () => {
    const ed = new TestEditor();
    const counter = KINDS.counter.create({ id: 'c1', position: [5, 5], number: '01' });
    const plate = numberPlate(counter, 'plate1', ed.doc.meta.preset);
    ed.execute(addElements('F1', [counter, plate]));
    const at = plate.position;
    ed.click(at[0], at[1]);
    expect(ed.selection).toEqual(['c1']);
    ed.click(at[0], at[1]);
    expect(ed.selection).toEqual(['plate1']);
    ed.click(at[0], at[1]);
    expect(ed.selection).toEqual(['c1']);
    ed.select([]);
    ed.move(at[0], at[1]);
    expect(ed.state.hoverId).toBe('c1');
    ed.key('Tab');
    expect(ed.state.hoverId).toBe('plate1');
  });
});
