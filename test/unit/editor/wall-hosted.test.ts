/**
 * Doors and windows are placed and moved by one behaviour their kinds declare (`inWall` and the `on-wall` gesture):
 * with the tool armed, a preview sits in the wall under the pointer and the hint by the cursor says what a click does
 * or why it cannot; a selected door or window dragged slides along its wall, never leaves it for the open floor, moves
 * into another wall it is brought to, and the drag is one undo step.
 */
import { describe, expect, it } from 'vitest';
import { KINDS, type ElementOf } from '../../../src/core/kinds/registry';
import { KIND_TOOLS } from '../../../src/editor/kind-tools';
import { TOOLS } from '../../../src/editor/tools/registry';
import { TestEditor } from './test-editor';
import { wallRoom } from './wall-room';

/** The wall room (wall-room.ts) with a short wall by the partition and a window in the south wall at x = 9. */
const room = (): TestEditor =>
  wallRoom(KINDS.wall.create({ id: 'short', a: [14, 4], b: [15, 4], thickness: 0.2 }), KINDS.window.create({ id: 'win', wallId: 's', position: [9, 0], width: 1.5 }));
const win = (ed: TestEditor) => ed.el('win') as ElementOf<'window'>;
const door = (ed: TestEditor) => ed.el('d') as ElementOf<'opening'>;

describe('one on-wall placing behaviour for doors and windows', () => {
  it('both tools are declared by their kinds with the on-wall gesture and run the generic placing tool', () => {
    for (const id of ['door', 'window']) {
      const t = KIND_TOOLS.find((d) => d.tool.id === id);
      expect(t?.tool.place?.gesture).toBe('on-wall');
      const ed = new TestEditor();
      expect(TOOLS[id](ed).constructor.name).toBe('KindPlaceTool');
    }
  });

  it('N near a wall: the preview window sits in the wall under the pointer and the hint says a click sets it in', () => {
    const ed = room().use('window');
    ed.move(16.2, 0.6);
    const o = ed.state.overlay;
    expect(o.ghosts).toHaveLength(1);
    expect(o.ghosts[0]).toMatchObject({ kind: 'window', wallId: 's', position: [16, 0], rotation: 0, exterior: true });
    expect(o.blockedIds ?? []).toEqual([]);
    expect(o.hint).toMatchObject({ zh: expect.stringMatching(/单击将窗放入此墙/), en: expect.stringMatching(/Click to set the window into this wall/) });
  });

  it('over the door the preview is refused, red, and the hint says it overlaps the door; a click adds nothing', () => {
    const ed = room().use('window');
    ed.move(5.6, 0.3);
    const o = ed.state.overlay;
    expect(o.ghosts).toHaveLength(1);
    expect(o.blockedIds).toEqual([o.ghosts[0].id]);
    expect(o.hint).toMatchObject({ zh: expect.stringMatching(/不能放置：与这面墙上的门重叠/), en: expect.stringMatching(/overlaps a door/) });
    ed.click(5.6, 0.3);
    expect(ed.ofKind('window')).toHaveLength(1);
    expect(ed.state.error?.message).toMatchObject({ zh: expect.stringMatching(/不能放置窗：与这面墙上的门重叠/) });
  });

  it('away from walls no preview, and the hint says why', () => {
    const ed = room().use('door');
    ed.move(6, 5);
    expect(ed.state.overlay.ghosts).toEqual([]);
    expect(ed.state.overlay.hint).toMatchObject({ zh: expect.stringMatching(/门需放在墙上/), en: expect.stringMatching(/A door goes in a wall/) });
  });

  it('a wall shorter than the window refuses it, saying how long the wall is', () => {
    const ed = room().use('window');
    ed.move(14.5, 4.3);
    expect(ed.state.overlay.hint?.zh).toMatch(/墙长 1 m，放不下 1.5 m 宽/);
    ed.click(14.5, 4.3);
    expect(ed.ofKind('window')).toHaveLength(1);
  });

  it('a door is placed by the same behaviour: on the grid, kept whole inside the wall, refused over the window', () => {
    const ed = room().use('door', { entrance: 'main', doorWidth: 1.5 });
    ed.click(19.6, 10.1);
    const d = ed.ofKind('opening').at(-1) as ElementOf<'opening'>;
    expect(d).toMatchObject({ wallId: 'n', position: [19.25, 10], width: 1.5, entrance: 'main' });
    ed.click(9.4, 0.2);
    expect(ed.ofKind('opening')).toHaveLength(2);
    expect(ed.state.error?.message).toMatchObject({ en: expect.stringMatching(/overlaps a window/) });
  });
});

describe('dragging a door or window keeps it in walls', () => {
  it('a window dragged along its wall slides on it at grid steps, past the partition meeting it, never off the wall line', () => {
    const ed = room().use('select');
    ed.drag([9, 0.05], [15.3, 0.4]);
    expect(win(ed)).toMatchObject({ wallId: 's', position: [15.5, 0], rotation: 0 });
  });

  it('dragged far into the room it stays in its wall, at the nearest place', () => {
    const ed = room().use('select');
    ed.drag([9, 0.05], [7.2, 6]);
    expect(win(ed)).toMatchObject({ wallId: 's', position: [7, 0] });
  });

  it('dragged onto another wall it moves into that wall, turned with it, and takes its side (内窗 in a partition)', () => {
    const ed = room().use('select');
    ed.drag([9, 0.05], [12.3, 6.1]);
    expect(win(ed)).toMatchObject({ wallId: 'p', position: [12, 6], rotation: 90, exterior: false });
  });

  it('it stops before the door rather than overlapping it, and says why while the pointer is there', () => {
    const ed = room().use('select');
    ed.down(9, 0.05);
    for (const x of [8.5, 8, 7.5, 7, 6.5, 6, 5.5]) ed.move(x, 0.2);
    expect(ed.state.overlay.hint?.zh).toMatch(/不能移到这里：与这面墙上的门重叠/);
    ed.up(5.5, 0.2);
    // the door spans 4.4–5.6, the 1.5 m window must stay past 6.35: the last grid place that fitted is 6.5
    expect(win(ed).position).toEqual([6.5, 0]);
  });

  it('the whole drag is one undo step, and the door slides the same way', () => {
    const ed = room().use('select');
    ed.drag([9, 0.05], [3, 9.6]);
    expect(win(ed)).toMatchObject({ wallId: 'n', position: [3, 10], rotation: 180 });
    ed.undo();
    expect(win(ed)).toMatchObject({ wallId: 's', position: [9, 0], rotation: 0 });
    ed.drag([5, 0.05], [2.1, -1]);
    expect(door(ed)).toMatchObject({ wallId: 's', position: [2, 0] });
  });
});
