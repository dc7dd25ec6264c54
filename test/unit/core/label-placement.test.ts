/** Label placement: priorities win, no two visible boxes overlap, short forms and alternative anchors are used. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxesOverlap, placeLabels, type LabelRequest } from '../../../src/core/geometry/label-placement';

describe('placeLabels', () => {
  it('keeps the higher-priority label when two collide', () => {
    const out = placeLabels([
      { key: 'sign', priority: 2, x: 100, y: 100, width: 60, height: 14 },
      { key: 'zone', priority: 0, x: 105, y: 102, width: 60, height: 14 },
    ]);
    expect(out.map((p) => [p.key, p.visible])).toEqual([
      ['sign', false],
      ['zone', true],
    ]);
  });

  it('moves a label to its next anchor, then to its short form, before hiding it', () => {
    const base: LabelRequest = { key: 'a', priority: 0, x: 100, y: 100, width: 40, height: 14 };
    const out = placeLabels([base, { key: 'b', priority: 1, x: 100, y: 100, width: 40, height: 14, anchors: ['center', 'bottom'], offset: 8 }]);
    expect(out[1]).toMatchObject({ visible: true, anchor: 'bottom' });
    const squeezed = placeLabels(
      [
        { key: 'l', priority: 0, x: 0, y: 0, width: 20, height: 10 },
        { key: 'r', priority: 0, x: 60, y: 0, width: 20, height: 10 },
        { key: 'm', priority: 1, x: 30, y: 0, width: 50, height: 10, shortWidth: 16 },
      ],
      { padding: 0 },
    );
    expect(squeezed[2]).toMatchObject({ visible: true, short: true });
  });

  it('tries its alternatives in order, each with its own size, only when neither form fits at its own point', () => {
    const taken = { x0: 80, y0: 90, x1: 120, y1: 110 };
    const alternatives = [
      { x: 100, y: 120, width: 60, height: 14 },
      { x: 100, y: 140, width: 30, height: 28 },
    ];
    const first = placeLabels([{ key: 'room', priority: 0, x: 100, y: 100, width: 60, height: 14, alternatives }], { obstacles: [taken] });
    expect(first[0]).toMatchObject({ visible: true, alternative: 0, box: { x0: 70, y0: 113, x1: 130, y1: 127 } });
    const second = placeLabels([{ key: 'room', priority: 0, x: 100, y: 100, width: 60, height: 14, alternatives }], { obstacles: [taken, { x0: 0, y0: 112, x1: 200, y1: 125 }] });
    expect(second[0]).toMatchObject({ visible: true, alternative: 1, box: { x0: 85, y0: 126, x1: 115, y1: 154 } });
    // A label that fits at its own point reports no alternative.
    expect(placeLabels([{ key: 'room', priority: 0, x: 100, y: 100, width: 60, height: 14, alternatives }])[0].alternative).toBeUndefined();
  });

  it('rejects boxes outside the bounds and over obstacles', () => {
    const out = placeLabels([{ key: 'edge', priority: 0, x: 2, y: 50, width: 40, height: 12 }], { bounds: { x0: 0, y0: 0, x1: 200, y1: 200 } });
    expect(out[0].visible).toBe(false);
    const blocked = placeLabels([{ key: 'o', priority: 0, x: 50, y: 50, width: 20, height: 10 }], { obstacles: [{ x0: 45, y0: 45, x1: 55, y1: 55 }] });
    expect(blocked[0].visible).toBe(false);
  });

  it('never leaves two visible boxes overlapping (property)', () => {
    const req = fc.record({
      priority: fc.integer({ min: 0, max: 3 }),
      x: fc.double({ min: 0, max: 400, noNaN: true }),
      y: fc.double({ min: 0, max: 400, noNaN: true }),
      width: fc.double({ min: 4, max: 120, noNaN: true }),
      height: fc.double({ min: 8, max: 24, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(req, { maxLength: 80 }), (reqs) => {
        const out = placeLabels(
          reqs.map((r, i) => ({ ...r, key: String(i), anchors: ['center', 'top', 'bottom', 'right', 'left'] })),
          { padding: 0 },
        );
        const shown = out.filter((p) => p.visible);
        for (let i = 0; i < shown.length; i++) for (let j = i + 1; j < shown.length; j++) expect(boxesOverlap(shown[i].box, shown[j].box)).toBe(false);
        // The first label in priority order is always placed when no bounds or obstacles are given.
        if (reqs.length) {
          const best = Math.min(...reqs.map((r) => r.priority));
          const first = reqs.findIndex((r) => r.priority === best);
          expect(out[first].visible).toBe(true);
        }
      }),
    );
  });
});
