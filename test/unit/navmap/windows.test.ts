/**
 * Windows in the exports a citizen's map is made from: the nav map draws each as a glazing line in its wall and never
 * offers one as a place to go; the IMDF archive, which defines no window feature (an Opening is an entrance), carries
 * each as a Detail, the physical object drawn as a line on its level, and still passes our validator.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHallText } from '../../../src/core/io';
import type { HallDocument } from '../../../src/core/document';
import { dist } from '../../../src/core/geometry/vec';
import { buildImdf, exportImdf } from '../../../src/nav/export/imdf';
import { validateImdf } from '../../../src/nav/export/imdf-validate';
import { buildNavMapData } from '../../../src/nav/export/navdata';
import { navMapArgs } from '../../fixtures/navmap-args';

function county(): HallDocument {
  const r = parseHallText(readFileSync(resolve(__dirname, '../../../models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county hall does not load');
  return r.doc;
}

describe('windows in the nav map and IMDF', () => {
  const doc = county();
  const windows = doc.floors.flatMap((f) => f.elements.flatMap((e) => (e.kind === 'window' ? [{ floorId: f.id, e }] : [])));

  it('the county sample has windows to draw', () => {
    expect(windows.length).toBeGreaterThanOrEqual(5);
  });

  it('each window is a glazing line of its width along its wall, on its floor; none is a destination', () => {
    const data = buildNavMapData(...navMapArgs(doc));
    for (const { floorId, e } of windows) {
      const mf = data.floors.find((f) => f.id === floorId)!;
      const line = (mf.glazing ?? []).find((g) => Math.abs((g[0] + g[2]) / 2 - e.position[0]) < 0.01 && Math.abs((g[1] + g[3]) / 2 - e.position[1]) < 0.01);
      expect(line, e.id).toBeDefined();
      expect(dist([line![0], line![1]], [line![2], line![3]])).toBeCloseTo(e.width, 1);
      const along = (Math.atan2(line![3] - line![1], line![2] - line![0]) * 180) / Math.PI;
      expect(Math.abs(Math.sin(((along - e.rotation) * Math.PI) / 180))).toBeLessThan(0.01);
    }
    const ids = new Set(windows.map((w) => w.e.id));
    expect(data.dests.filter((d) => ids.has(d.id))).toEqual([]);
  });

  it('IMDF: one detail per window, a line on its level, and the archive validates', () => {
    const a = buildImdf(doc, new Date('2026-01-01T00:00:00Z'));
    expect(a.detail.features.length).toBe(windows.length);
    const levels = new Set(a.level.features.map((f) => f.id));
    for (const f of a.detail.features) {
      expect(f.geometry.type).toBe('LineString');
      expect(levels.has(f.properties?.level_id as string)).toBe(true);
    }
    expect(a.opening.features.length).toBe(doc.floors.flatMap((f) => f.elements.filter((e) => e.kind === 'opening')).length);
    expect(validateImdf(exportImdf(doc))).toEqual([]);
  });
});
