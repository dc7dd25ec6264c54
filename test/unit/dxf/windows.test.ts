/**
 * Windows in a DXF become the hall's window kind, set into their wall, never doors: glazing lines on a window
 * layer (窗 / WINDOW / A-GLAZ), window blocks (天正 $WinLib2D$ from the county drawing), and casement arcs on a
 * window layer are not door swings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../src/core/document';
import { parseHallText } from '../../../src/core/io';
import { importDxf } from '../../../src/dxf';
import { hallToDxf } from '../../fixtures/cad-plan';

const enc = (s: string) => new TextEncoder().encode(s);
const minimal = (entities: string) => `0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n4\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n${entities}0\nENDSEC\n0\nEOF\n`;
const line = (layer: string, x1: number, y1: number, x2: number, y2: number) => `0\nLINE\n8\n${layer}\n10\n${x1}\n20\n${y1}\n11\n${x2}\n21\n${y2}\n`;
const arc = (layer: string, cx: number, cy: number, r: number, a0: number, a1: number) => `0\nARC\n8\n${layer}\n10\n${cx}\n20\n${cy}\n40\n${r}\n50\n${a0}\n51\n${a1}\n`;

/**
 * A 10 × 8 m room (mm, 240 mm walls on 墙) whose south wall is broken from x0 to x1 for a window drawn as
 * four glazing lines across the wall's thickness on `layer`, with its jambs.
 */
function roomWithWindow(layer: string, x0: number, x1: number, extra = ''): string {
  const t = 240;
  let s = '';
  // South wall in two pieces either side of the window; the other three walls whole.
  for (const y of [0, t]) s += line('墙', 0, y, x0, y) + line('墙', x1, y, 10000, y);
  s += line('墙', x0, 0, x0, t) + line('墙', x1, 0, x1, t);
  s += line('墙', 10000, 0, 10000, 8000) + line('墙', 10000 - t, t, 10000 - t, 8000 - t);
  s += line('墙', 10000, 8000, 0, 8000) + line('墙', 10000 - t, 8000 - t, t, 8000 - t);
  s += line('墙', 0, 8000, 0, 0) + line('墙', t, 8000 - t, t, t);
  for (const y of [0, 80, 160, t]) s += line(layer, x0, y, x1, y);
  return minimal(s + extra);
}

describe('DXF windows', () => {
  it('glazing lines on a 窗 layer: one 外窗 as wide as the gap, hosted by the south wall, no door', () => {
    const r = importDxf(enc(roomWithWindow('窗', 3000, 4800)), { fileName: 'w.dxf' });
    expect(r.analysis.layers.find((l) => l.name === '窗')?.role).toBe('window');
    const els = r.doc.floors[0].elements;
    const windows = els.filter((e) => e.kind === 'window');
    expect(windows).toHaveLength(1);
    const w = windows[0];
    if (w.kind !== 'window') throw new Error('not a window');
    expect(w.width).toBeCloseTo(1.8, 2);
    expect(w.rotation % 180).toBeCloseTo(0, 3);
    expect(w.exterior).toBe(true);
    const host = els.find((e) => e.id === w.wallId);
    expect(host?.kind).toBe('wall');
    if (host?.kind === 'wall') expect(host.thickness).toBeCloseTo(0.24, 2);
    expect(els.filter((e) => e.kind === 'opening')).toHaveLength(0);
    // The room is one zone, closed across the window.
    expect(els.filter((e) => e.kind === 'zone')).toHaveLength(1);
  });

  it('A-GLAZ (the AIA name) is a window layer too; a casement arc on it is not a door', () => {
    const r = importDxf(enc(roomWithWindow('A-GLAZ', 5000, 5900, arc('A-GLAZ', 5000, 240, 900, 0, 90))), { fileName: 'g.dxf' });
    const els = r.doc.floors[0].elements;
    expect(els.filter((e) => e.kind === 'window')).toHaveLength(1);
    expect(els.filter((e) => e.kind === 'opening')).toHaveLength(0);
  });

  it('the county drawing: its 天正 window blocks come back as the same windows, 外窗, in the south wall, at their sill and head', () => {
    const parsed = parseHallText(readFileSync('models/county-hall.hall.json', 'utf8'));
    if (!parsed.ok) throw new Error('sample does not load');
    const original: HallDocument = parsed.doc;
    const r = importDxf(enc(hallToDxf(original)), { fileName: 'county.dxf' });
    original.floors.forEach((of, k) => {
      const nf = r.doc.floors[k];
      const walls = of.elements.flatMap((e) => (e.kind === 'wall' ? [e] : []));
      // Imported plans start at the corner of what is drawn: the outer faces of the walls.
      const ox = Math.min(...walls.flatMap((w) => [w.a[0], w.b[0]].map((x) => x - w.thickness / 2)));
      const oy = Math.min(...walls.flatMap((w) => [w.a[1], w.b[1]].map((y) => y - w.thickness / 2)));
      const was = of.elements.flatMap((e) => (e.kind === 'window' ? [e] : []));
      const now = nf.elements.flatMap((e) => (e.kind === 'window' ? [e] : []));
      expect(was.length).toBeGreaterThan(0);
      expect(now).toHaveLength(was.length);
      for (const w of was) {
        const m = now.find((n) => Math.hypot(n.position[0] - (w.position[0] - ox), n.position[1] - (w.position[1] - oy)) < 0.05);
        expect(m, `window ${w.id}`).toBeDefined();
        expect(m?.width).toBeCloseTo(w.width, 2);
        expect(m?.exterior).toBe(true);
        // Height from the number written beside it (C2418, GC2406), sill from the insert's hidden 窗台高.
        expect(m?.sillHeight).toBeCloseTo(w.sillHeight, 3);
        expect(m?.headHeight).toBeCloseTo(w.headHeight, 3);
        expect(nf.elements.find((e) => e.id === m?.wallId)?.kind).toBe('wall');
      }
      // Doors are still the doors, no more.
      expect(nf.elements.filter((e) => e.kind === 'opening')).toHaveLength(of.elements.filter((e) => e.kind === 'opening').length);
    });
  });
});
