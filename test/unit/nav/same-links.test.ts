/**
 * sameLinks decides whether a walking-distance field may be repaired into a new graph: the same link edges after
 * a seat moved, different ones once a stair or lift is moved, removed or changed.
 */
import { describe, expect, it } from 'vitest';
import { buildNavGraph } from '../../../src/nav';
import { sameLinks } from '../../../src/nav/fields';
import { moveElements, removeElements, setElementField } from '../../../src/core/commands';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');
const g = buildNavGraph(county);
const f1 = county.floors[0];
const seat = f1.elements.find((e) => e.kind === 'point' && e.pointKind === 'seat')!;
const link = county.floors.flatMap((f) => f.elements).find((e) => e.kind === 'vlink')!;

describe('sameLinks', () => {
  it('holds across an edit that moves no link', () => {
    expect(g.links.size).toBeGreaterThan(0);
    expect(sameLinks(g, buildNavGraph(moveElements([seat.id], [1, 0]).apply(county).doc))).toBe(true);
  });
  it('fails once a link is moved, removed or changed', () => {
    expect(sameLinks(g, buildNavGraph(moveElements([link.id], [3, 0]).apply(county).doc))).toBe(false);
    expect(sameLinks(g, buildNavGraph(removeElements([link.id]).apply(county).doc))).toBe(false);
    expect(sameLinks(g, buildNavGraph(setElementField(link.id, 'accessible', !(link.kind === 'vlink' && link.accessible)).apply(county).doc))).toBe(false);
  });
});
