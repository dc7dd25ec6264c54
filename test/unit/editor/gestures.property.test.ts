import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TestEditor } from './test-editor';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');
const pt = fc.tuple(fc.double({ min: 0, max: 64, noNaN: true }), fc.double({ min: 0, max: 42, noNaN: true }));
const gesture = fc.oneof(
  fc.record({ t: fc.constant('zone'), a: pt, b: pt }),
  fc.record({ t: fc.constant('row'), a: pt, b: pt }),
  fc.record({ t: fc.constant('drag'), a: pt, b: pt }),
  fc.record({ t: fc.constant('seat'), a: pt }),
  fc.record({ t: fc.constant('delete'), a: pt }),
  fc.record({ t: fc.constant('rotate'), a: pt }),
  fc.record({ t: fc.constant('paste'), a: pt }),
  fc.record({ t: fc.constant('floor') }),
);

describe('editor gestures', () => {
  it('any sequence of tool gestures, then undo all, gives back the starting document', () => {
    fc.assert(
      fc.property(fc.array(gesture, { minLength: 1, maxLength: 15 }), (gs) => {
        const ed = new TestEditor(county);
        for (const g of gs) {
          const a = 'a' in g ? g.a : [0, 0];
          const b = 'b' in g ? g.b : a;
          if (g.t === 'zone') ed.use('zone-rect', { zoneType: 'waiting' }).drag(a as [number, number], b as [number, number]);
          else if (g.t === 'row') ed.use('counter-row').drag(a as [number, number], b as [number, number]);
          else if (g.t === 'drag') ed.use('select').drag(a as [number, number], b as [number, number]);
          else if (g.t === 'seat') ed.use('point', { pointKind: 'seat' }).click(a[0], a[1]);
          else if (g.t === 'delete') ed.use('select').click(a[0], a[1]).key('Delete');
          else if (g.t === 'rotate') ed.use('select').click(a[0], a[1]).key('r');
          else if (g.t === 'paste') ed.use('select').click(a[0], a[1]).key('c', { ctrl: true }).key('v', { ctrl: true });
          else ed.addFloor();
        }
        while (ed.state.canUndo) ed.undo();
        expect(ed.doc).toEqual(county);
      }),
      { numRuns: 40 },
    );
  });
});
