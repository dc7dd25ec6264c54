/**
 * The window tool (N): a click near a wall sets a window into it, hosted, along the wall, its place on the grid step;
 * in the outer wall it is exterior (外窗), in a partition interior (内窗); away from walls or over a door it is refused.
 */
import { describe, expect, it } from 'vitest';
import type { ElementOf } from '../../../src/core/kinds/registry';
import type { TestEditor } from './test-editor';
import { wallRoom } from './wall-room';

const room = wallRoom;
const windows = (ed: TestEditor) => ed.ofKind('window') as ElementOf<'window'>[];

describe('window tool', () => {
  it('N arms it; a click near the outer wall sets an exterior window into that wall, on the grid step along it', () => {
    const ed = room();
    ed.key('n');
    expect(ed.state.tool).toBe('window');
    ed.move(8.13, 0.4).click(8.13, 0.4);
    const [w] = windows(ed);
    expect(w).toMatchObject({ wallId: 's', position: [8, 0], rotation: 0, exterior: true, sillHeight: 0.9, headHeight: 2.4 });
    expect(ed.selection).toEqual([w.id]);
  });

  it('in the partition the window is interior, along the partition', () => {
    const ed = room().use('window');
    ed.move(12.3, 4.9).click(12.3, 4.9);
    expect(windows(ed)[0]).toMatchObject({ wallId: 'p', position: [12, 5], rotation: 90, exterior: false });
  });

  it('is kept whole inside its wall at a wall end', () => {
    const ed = room().use('window');
    ed.move(19.5, 0.1).click(19.5, 0.1);
    expect(windows(ed)[0].position).toEqual([19.25, 0]);
  });

  it('is refused away from walls and over a door, saying why; nothing is added', () => {
    const ed = room().use('window');
    ed.move(6, 5).click(6, 5);
    expect(ed.state.error?.message).toMatchObject({ zh: expect.stringMatching(/窗需放在墙上/), en: expect.stringMatching(/A window goes in a wall/) });
    ed.move(5.5, 0.1).click(5.5, 0.1);
    expect(ed.state.error?.message).toMatchObject({ zh: expect.stringMatching(/重叠/), en: expect.stringMatching(/overlaps a door/) });
    expect(windows(ed)).toEqual([]);
  });

  it('one undo step takes it back; deleting the wall takes it along', () => {
    const ed = room().use('window');
    ed.move(16, 10).click(16, 10);
    expect(windows(ed).length).toBe(1);
    ed.undo();
    expect(windows(ed)).toEqual([]);
    ed.redo();
    ed.setTool('select');
    ed.select(['n']);
    ed.key('Delete');
    expect(windows(ed)).toEqual([]);
  });
});
