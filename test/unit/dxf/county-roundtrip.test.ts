/**
 * A county hall written as a Chinese CAD drawing (test/fixtures/cad-plan.ts: millimetres, Chinese layers,
 * 天正-style door blocks, MTEXT names, floors side by side) and imported back: the same floors, walls where
 * the walls were, every door, and the same zones (name, place, area; type as the classifier reads the name).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../src/core/document';
import { area, pointInPolygon } from '../../../src/core/geometry/polygon';
import { parseHallText } from '../../../src/core/io';
import { importDxf } from '../../../src/dxf';
import { guessZoneType } from '../../../src/ifc/zone-type';
import { hallToDxf } from '../../fixtures/cad-plan';

function load(path: string): HallDocument {
  const r = parseHallText(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error('sample does not load');
  return r.doc;
}

describe('county hall → 天正-style DXF → hall', () => {
  const original = load('models/county-hall.hall.json');
  for (const version of ['AC1015', 'AC1032'] as const) {
    it(`${version}: floors, walls, doors and zones come back`, () => {
      const text = hallToDxf(original, { version });
      if (version === 'AC1015') expect(text).toContain('\\U+5899'); // 墙 escaped as AutoCAD does below R2007
      const r = importDxf(new TextEncoder().encode(text), { fileName: 'county.dxf' });
      expect(r.analysis.units).toMatchObject({ unit: 'mm', from: 'header' });
      expect(r.analysis.frames.map((f) => f.title)).toEqual(['一层平面图', '二层平面图']);
      expect(r.analysis.proposedFrames).toEqual([0, 1]);
      const roles = Object.fromEntries(r.analysis.layers.map((l) => [l.name, l.role]));
      expect(roles).toMatchObject({ 墙: 'wall', 门窗: 'door', 柱: 'column', 房间: 'room', 文字: 'text', 轴线: 'axis', 标注: 'dimension', 家具: 'furniture' });
      // Named by the storey each becomes, the sheet's title after it.
      expect(r.doc.floors.map((f) => f.name)).toEqual(['1F 一层平面图', '2F 二层平面图']);
      let typed = 0;
      let total = 0;
      original.floors.forEach((of, k) => {
        const nf = r.doc.floors[k];
        // Imported plans start at the corner of what is drawn: the outer faces of the walls.
        const faces = of.elements.flatMap((e) =>
          e.kind === 'wall' ? [e.a, e.b].map((p) => [p[0] - e.thickness / 2, p[1] - e.thickness / 2]) : e.kind === 'zone' ? e.polygon : [],
        );
        const ox = Math.min(...faces.map((p) => p[0]));
        const oy = Math.min(...faces.map((p) => p[1]));
        const doors = of.elements.filter((e) => e.kind === 'opening');
        const newDoors = nf.elements.filter((e) => e.kind === 'opening');
        expect(newDoors).toHaveLength(doors.length);
        for (const d of doors) {
          if (d.kind !== 'opening') continue;
          const m = newDoors.find((n) => n.kind === 'opening' && Math.hypot(n.position[0] - (d.position[0] - ox), n.position[1] - (d.position[1] - oy)) < 0.05);
          expect(m, `door ${d.id}`).toBeDefined();
          if (m?.kind === 'opening') {
            expect(m.width).toBeCloseTo(d.width, 2);
            expect(m.wallId).toBeDefined();
          }
        }
        // Every original wall's midpoint lies on an imported wall of the same thickness.
        const newWalls = nf.elements.filter((e) => e.kind === 'wall');
        for (const w of of.elements) {
          if (w.kind !== 'wall') continue;
          const mx = (w.a[0] + w.b[0]) / 2 - ox;
          const my = (w.a[1] + w.b[1]) / 2 - oy;
          const hit = newWalls.some((n) => {
            if (n.kind !== 'wall') return false;
            const dx = n.b[0] - n.a[0];
            const dy = n.b[1] - n.a[1];
            const t = ((mx - n.a[0]) * dx + (my - n.a[1]) * dy) / (dx * dx + dy * dy);
            return t >= -0.01 && t <= 1.01 && Math.abs((mx - n.a[0]) * dy - (my - n.a[1]) * dx) / Math.hypot(dx, dy) < 0.02 && Math.abs(n.thickness - w.thickness) < 0.01;
          });
          expect(hit, `wall ${w.id}`).toBe(true);
        }
        const zones = nf.elements.filter((e) => e.kind === 'zone');
        const oldZones = of.elements.filter((e) => e.kind === 'zone');
        expect(zones).toHaveLength(oldZones.length);
        for (const z of oldZones) {
          if (z.kind !== 'zone') continue;
          const m = zones.find((n) => n.name === z.name);
          expect(m, `zone ${z.name}`).toBeDefined();
          if (m?.kind !== 'zone') continue;
          expect(area(m.polygon)).toBeCloseTo(area(z.polygon), 1);
          const [cx, cy] = m.polygon.reduce((s, p) => [s[0] + p[0] / m.polygon.length, s[1] + p[1] / m.polygon.length], [0, 0]);
          expect(pointInPolygon([cx + ox, cy + oy], z.polygon)).toBe(true);
          expect(m.type).toBe(guessZoneType(z.name));
          total++;
          if (m.type === z.type) typed++;
        }
        expect(nf.outline).toBeDefined();
        // Stairs and the lift come back on the lowest floor they serve, serving every floor they did.
        const links = of.elements.filter((e) => e.kind === 'vlink');
        const newLinks = nf.elements.filter((e) => e.kind === 'vlink');
        expect(newLinks).toHaveLength(links.length);
        for (const l of links) {
          if (l.kind !== 'vlink') continue;
          const m = newLinks.find((n) => n.kind === 'vlink' && Math.hypot(n.position[0] - (l.position[0] - ox), n.position[1] - (l.position[1] - oy)) < 0.1);
          expect(m, `link ${l.id}`).toMatchObject({ linkKind: l.linkKind, floors: l.floors });
          if (m?.kind === 'vlink') expect(m.size.w * m.size.d).toBeCloseTo(l.size.w * l.size.d, 1);
        }
      });
      // The classifier reads every name as the type it was drawn for but 值班室·仓储 (a duty room first: back office).
      expect(total - typed).toBeLessThanOrEqual(1);
    });
  }

  it('without the 房间 outlines, rooms come from the walls and the MTEXT names inside them', () => {
    const text = hallToDxf(original, { roomOutlines: false });
    const r = importDxf(new TextEncoder().encode(text), { fileName: 'county.dxf' });
    const f1 = r.doc.floors[0];
    const named = new Map(f1.elements.filter((e) => e.kind === 'zone' && e.name).map((e) => [e.name, e]));
    // Rooms enclosed by walls and doors come back by name; open parts of the hall share one region's name.
    for (const n of ['档案室', '信息机房', '纠纷调解室']) {
      const z = [...named.entries()].find(([k]) => k?.includes(n))?.[1];
      expect(z, n).toBeDefined();
      if (z?.kind === 'zone') expect(area(z.polygon)).toBeGreaterThan(4);
    }
  });
});
