import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addElements } from '../../../src/core/commands';
import { KINDS } from '../../../src/core/kinds/registry';
import { hitCandidates, hitTest } from '../../../src/editor/hit-test';
import { loadSample } from '../core/helpers';
import { TestEditor } from './test-editor';

/** A room whose south edge is a wall with a door in it: at the door, three elements stack under the cursor. */
function hall() {
  const ed = new TestEditor();
  ed.execute(
    addElements('F1', [
      KINDS.zone.create({
        id: 'room',
        type: 'waiting',
        polygon: [
          [0, 0],
          [10, 0],
          [10, 6],
          [0, 6],
        ],
      }),
      KINDS.wall.create({ id: 'wall', a: [0, 0], b: [10, 0], thickness: 0.2 }),
      KINDS.opening.create({ id: 'door', wallId: 'wall', position: [5, 0], width: 1 }),
    ]),
  );
  return ed.use('select');
}

describe('Tab cycles through what is under the cursor', () => {
  it('pre-highlights the top element, Tab moves along the stack, the click picks what Tab reached', () => {
    const ed = hall();
    ed.move(5, 0.05);
    expect(ed.state.hoverId).toBe('door');
    expect(ed.state.hoverCandidates).toEqual(['door', 'wall', 'room']);
    ed.key('Tab');
    expect(ed.state.hoverId).toBe('wall');
    // A small move over the same stack keeps the choice.
    ed.move(5.02, 0.06);
    expect(ed.state.hoverId).toBe('wall');
    ed.down(5.02, 0.06).up(5.02, 0.06);
    expect(ed.selection).toEqual(['wall']);
    ed.move(5, 0.05).key('Tab').key('Tab');
    expect(ed.state.hoverId).toBe('door');
    ed.key('Tab', { shift: true });
    expect(ed.state.hoverId).toBe('room');
    ed.down(5, 0.05).up(5, 0.05);
    expect(ed.selection).toEqual(['room']);
  });

  it('a different stack starts again at its top; Tab over one element is left to the browser', () => {
    const ed = hall();
    ed.move(5, 0.05).key('Tab');
    expect(ed.state.hoverId).toBe('wall');
    ed.move(2, 0.05);
    expect(ed.state.hoverId).toBe('wall');
    expect(ed.state.hoverCandidates).toEqual(['wall', 'room']);
    ed.move(5, 3);
    expect(ed.state.hoverId).toBe('room');
    expect(ed.state.hoverCandidates).toBeUndefined();
    expect(ed.keyDown({ key: 'Tab' })).toBe(false);
    ed.move(30, 30);
    expect(ed.state.hoverId).toBeUndefined();
  });

  it('without Tab a click picks exactly what it picked before (hitCandidates begins with hitTest)', () => {
    const doc = loadSample('county-hall');
    const floor = doc.floors[0];
    fc.assert(
      fc.property(fc.double({ min: -2, max: 66, noNaN: true }), fc.double({ min: -2, max: 44, noNaN: true }), (x, y) => {
        expect(hitCandidates(floor, [x, y], 0.3)[0]?.id).toBe(hitTest(floor, [x, y], 0.3)?.id);
      }),
      { numRuns: 400 },
    );
  });
});
