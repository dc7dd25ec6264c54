/**
 * Floors lined up on the structural grid: a drawing set whose upper floor is smaller than the ground floor (drawn
 * side by side, each plan starting at its own walls) imports with every floor in the same coordinates, because
 * axes with the same bubble name (2, 3, A …) fall on each other; without named axes each floor starts at its own
 * corner, as before.
 */
import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../src/core/document';
import { area } from '../../../src/core/geometry/polygon';
import { importDxf } from '../../../src/dxf';
import { alignFrames, axisRuns, frameAxes } from '../../../src/dxf/axes';
import type { Frame, Label, Seg } from '../../../src/dxf/types';
import { hallToDxf } from '../../fixtures/cad-plan';
import { gridHall } from '../../fixtures/grid-hall';
import { corpusFile, hasCorpus } from './corpus';

/** The drawing turned by `deg` about its origin: every model-space point (codes 10–18 with 20–28) and angle (50, 51). */
function rotateEntities(dxf: string, deg: number): string {
  const lines = dxf.split('\n');
  const c = Math.cos((deg * Math.PI) / 180);
  const s = Math.sin((deg * Math.PI) / 180);
  let inEntities = false;
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const code = Number(lines[i].trim());
    const value = lines[i + 1].trim();
    if (code === 2 && lines[i - 1]?.trim() === 'SECTION') inEntities = value === 'ENTITIES';
    if (!inEntities) continue;
    if (code >= 10 && code <= 18 && Number(lines[i + 2]?.trim()) === code + 10) {
      const x = Number(value);
      const y = Number(lines[i + 3].trim());
      lines[i + 1] = String(x * c - y * s);
      lines[i + 3] = String(x * s + y * c);
      i += 2;
    } else if (code === 50 || code === 51) lines[i + 1] = String(Number(value) + deg);
  }
  return lines.join('\n');
}

const hall = gridHall;

const wallsMinX = (doc: HallDocument, k: number) => Math.min(...doc.floors[k].elements.flatMap((e) => (e.kind === 'wall' ? [e.a[0], e.b[0]] : [])));

describe('grid axes', () => {
  it('names each axis line by the label in its bubble, and only lines on axis layers', () => {
    const frame: Frame = { minX: 0, minY: 0, maxX: 10000, maxY: 8000, wallLength: 1 };
    const segs: Seg[] = [
      { ax: 0, ay: -1000, bx: 0, by: 9000, layer: 'AXIS', ins: -1 },
      { ax: 6000, ay: -1000, bx: 6000, by: 9000, layer: 'AXIS', ins: -1 },
      { ax: -1000, ay: 0, bx: 11000, by: 0, layer: 'AXIS', ins: -1 },
      // A wall line under a label is not an axis.
      { ax: 3000, ay: 0, bx: 3000, by: 8000, layer: 'WALL', ins: -1 },
    ];
    const label = (text: string, x: number, y: number): Label => ({ text, x, y, height: 500, layer: 'AXIS', ins: -1 });
    const labels = [label('1', 0, 9400), label('2', 6000, 9400), label('A', -1400, 0), label('3', 3000, 8400), label('大厅', 6000, 4000)];
    const axes = frameAxes(segs, labels, frame, (l) => (l === 'AXIS' ? 'axis' : 'wall'));
    expect(axes).toEqual([
      { name: '1', nx: 1, ny: 0, at: 0, label: [0, 9400] },
      { name: '2', nx: 1, ny: 0, at: 6000, label: [6000, 9400] },
      { name: 'A', nx: 0, ny: 1, at: 0, label: [-1400, 0] },
    ]);
  });

  it('shifts a frame onto the first by the axes they share, per direction, with one origin for all', () => {
    const a: Frame = { minX: 0, minY: 0, maxX: 100, maxY: 50, wallLength: 1, axes: [{ name: '2', nx: 1, ny: 0, at: 20, label: [20, 60] }] };
    // Drawn 200 units to the right; axis 2 at 210 here, at 20 there; no horizontal axis in common.
    const b: Frame = { minX: 205, minY: 5, maxX: 260, maxY: 40, wallLength: 1, axes: [{ name: '2', nx: 1, ny: 0, at: 210, label: [210, 45] }] };
    const { origins, shared } = alignFrames([a, b]);
    expect(shared).toEqual(['2']);
    // Axis 2 at the same floor x on both; y: each frame's own bottom edge.
    expect(20 - origins[0][0]).toBeCloseTo(210 - origins[1][0], 9);
    expect(origins[0][1]).toBe(0);
    expect(origins[1][1]).toBe(5);
    expect(axisRuns(['1', '2', '3', '5', 'A', 'B', 'C', 'D'])).toBe('1–3, 5, A–D');
  });

  it('a smaller upper floor imports over the same axes of the ground floor', () => {
    const r = importDxf(new TextEncoder().encode(hallToDxf(hall)), { fileName: 'grid.dxf' });
    expect(r.analysis.frames).toHaveLength(2);
    expect(r.analysis.frames[1].axes?.map((x) => x.name)).toEqual(['2', '3', '4', 'A', 'B', 'C']);
    expect(r.alignedOn).toEqual(['2', '3', '4', 'A', 'B', 'C']);
    expect(axisRuns(r.alignedOn)).toBe('2–4, A–C');
    // The names are shown at their bubbles over the upper floor's linework, in the ground floor's coordinates.
    const two = r.context[1].axes?.find((a) => a.name === '2');
    expect(two?.x).toBeCloseTo(wallsMinX(r.doc, 0) + 8.4, 2);
    // The upper floor's walls start 8.4 m right of the ground floor's, as drawn on the grid.
    expect(wallsMinX(r.doc, 1) - wallsMinX(r.doc, 0)).toBeCloseTo(8.4, 2);
    const zone = (k: number) => r.doc.floors[k].elements.find((e) => e.kind === 'zone');
    const z1 = zone(1);
    expect(z1?.kind === 'zone' && z1.name).toBe('会议室');
    if (z1?.kind === 'zone') expect(Math.min(...z1.polygon.map((p) => p[0])) - wallsMinX(r.doc, 0)).toBeCloseTo(8.4, 2);
  });

  it('a grid at an angle: axis lines at 30° are named and the floors line up on them', () => {
    const r = importDxf(new TextEncoder().encode(rotateEntities(hallToDxf(hall), 30)), { fileName: 'grid30.dxf' });
    expect(r.analysis.frames).toHaveLength(2);
    const upper = r.analysis.frames[1].axes ?? [];
    expect(upper.map((x) => x.name)).toEqual(['2', '3', '4', 'A', 'B', 'C']);
    // Numbered axes run at 30° + 90° (their normal at 30°), lettered ones at 30° (normal at 120°, kept pointing right).
    const two = upper.find((x) => x.name === '2');
    expect(two?.nx).toBeCloseTo(Math.cos(Math.PI / 6), 6);
    expect(two?.ny).toBeCloseTo(Math.sin(Math.PI / 6), 6);
    expect(r.alignedOn).toEqual(['2', '3', '4', 'A', 'B', 'C']);
    // Each axis's bubbles, on the ground floor and on the upper floor, lie on one line in floor coordinates.
    for (const [name, dir] of [
      ['2', 120],
      ['A', 30],
    ] as const) {
      const at = (k: number) => r.context[k].axes?.find((x) => x.name === name);
      const p0 = at(0);
      const p1 = at(1);
      expect(p0 && p1).toBeTruthy();
      if (!p0 || !p1) continue;
      const d = (dir * Math.PI) / 180;
      const off = (p1.x - p0.x) * -Math.sin(d) + (p1.y - p0.y) * Math.cos(d);
      expect(Math.abs(off)).toBeLessThan(0.05);
    }
    // The same room upstairs, turned with the drawing.
    const plain = importDxf(new TextEncoder().encode(hallToDxf(hall)), { fileName: 'grid.dxf' });
    const z = (res: typeof r, k: number) => res.doc.floors[k].elements.find((e) => e.kind === 'zone');
    expect(z(r, 1)?.kind === 'zone' && z(r, 1)?.name).toBe('会议室');
    const m2 = (res: typeof r, k: number) => {
      const e = z(res, k);
      return e?.kind === 'zone' ? area(e.polygon) : 0;
    };
    expect(m2(r, 1)).toBeCloseTo(m2(plain, 1), 0);
  });

  it('grid bubbles that are block attributes (A_000217: ATTRIB in a bubble block) name the axes', () => {
    if (!hasCorpus) return;
    const r = importDxf(corpusFile('dxf-json_A_000217.dxf'), { fileName: 'A_000217.dxf' });
    const names = (r.analysis.frames[0].axes ?? []).map((x) => x.name);
    for (const n of ['A', 'B', 'C', 'D', 'E', 'F', 'G', '1', '2', '3', '4', '5', '6', '7', '8']) expect(names).toContain(n);
    expect(r.context[0].axes?.length).toBe(names.length);
    // Attributes that are not room names (wall-type tags, callouts) do not name rooms.
    const zoneNames = r.doc.floors[0].elements.flatMap((e) => (e.kind === 'zone' && e.name ? [e.name] : []));
    expect(zoneNames.join(' | ')).not.toMatch(/\bWF\b|\bUG\b/);
  });

  it('without named axes each floor starts at the corner of its own walls', () => {
    const r = importDxf(new TextEncoder().encode(hallToDxf(hall)), { fileName: 'grid.dxf', layers: { 轴线: 'other' } });
    expect(r.alignedOn).toEqual([]);
    expect(wallsMinX(r.doc, 1) - wallsMinX(r.doc, 0)).toBeCloseTo(0, 2);
  });
});
