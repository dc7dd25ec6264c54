/**
 * Windows both ways: ours come back from our IFC whole (wall, sill, head, exterior, glass); other authors' IfcWindow
 * become windows set into the walls they fill, at their heights above the storey, exterior as the model says.
 */
import { describe, expect, it } from 'vitest';
import { exportIfc, importIfc } from '../../src/ifc';
import { loadSample } from '../unit/core/helpers';
import { HAVE_CORPUS, readIfc } from './corpus';

type Win = Extract<import('../../src/core/kinds/registry').HallElement, { kind: 'window' }>;
const windowsOf = (doc: import('../../src/core/document').HallDocument) =>
  doc.floors.flatMap((f) => f.elements.filter((e): e is Win => e.kind === 'window').map((w) => ({ floor: f.id, w })));

describe('windows in IFC', () => {
  it('our windows come back from our IFC export as they were', async () => {
    const doc = loadSample('county-hall');
    const step = new TextDecoder().decode(exportIfc(doc, { timeStamp: '2026-01-01T00:00:00' }));
    const mine = windowsOf(doc);
    expect(mine.length).toBeGreaterThan(0);
    // Each window fills an opening that voids its wall, as doors do.
    expect(step.match(/=IFCWINDOW\(/g)?.length).toBe(mine.length);
    const back = new Map(windowsOf((await importIfc(new TextEncoder().encode(step), { fileName: 'rt.ifc' })).doc).map((x) => [x.w.id, x]));
    for (const { floor, w } of mine) {
      const got = back.get(w.id);
      expect(got, w.id).toBeDefined();
      expect(got!.floor).toBe(floor);
      const { ifcGlobalId: _, ...rest } = got!.w;
      expect({ ...rest, position: rest.position.map((v) => Math.round(v * 1000) / 1000) }).toEqual({ ...w, position: w.position.map((v) => Math.round(v * 1000) / 1000) });
    }
  });

  it.skipIf(!HAVE_CORPUS)("duplex.ifc: every IfcWindow a window in the wall it fills, at its model's heights, interior ones as the model says", async () => {
    const { doc, stats } = await importIfc(readIfc('duplex.ifc'), { fileName: 'duplex.ifc' });
    const wins = windowsOf(doc);
    expect(wins.length).toBe(24);
    const walls = new Set(doc.floors.flatMap((f) => f.elements.filter((e) => e.kind === 'wall').map((e) => e.id)));
    // Two are skylights in the roof, in no wall (and IsExternal = FALSE in Pset_WindowCommon); the rest are hosted.
    const hosted = wins.filter(({ w }) => w.wallId && walls.has(w.wallId));
    expect(hosted.length).toBe(22);
    expect(wins.filter(({ w }) => !w.wallId).map(({ w }) => w.name)).toEqual([expect.stringMatching(/Skylight/), expect.stringMatching(/Skylight/)]);
    expect(wins.filter(({ w }) => !w.exterior).length).toBe(2);
    // Revit's stacked 759 mm panes keep their own sills: 0.1, 0.93 and 1.75 m above 2F.
    expect(new Set(hosted.filter(({ w }) => w.name?.includes('819mm x 759mm')).map(({ w }) => Math.round(w.sillHeight * 100) / 100))).toEqual(new Set([0.1, 0.93, 1.75]));
    for (const { floor, w } of wins) {
      const f = doc.floors.find((x) => x.id === floor)!;
      expect(w.sillHeight, w.id).toBeGreaterThanOrEqual(0);
      expect(w.headHeight, w.id).toBeGreaterThan(w.sillHeight + 0.15);
      expect(w.headHeight, w.id).toBeLessThanOrEqual(f.height + 0.5);
      expect(w.width, w.id).toBeGreaterThan(0.3);
    }
    expect(stats.doors).toBeGreaterThan(0);
  });

  it.skipIf(!HAVE_CORPUS)('AC20-FZK-Haus.ifc: its 11 windows in their walls, sills near 0.8–1 m', async () => {
    const { doc } = await importIfc(readIfc('AC20-FZK-Haus.ifc'), { fileName: 'AC20-FZK-Haus.ifc' });
    const wins = windowsOf(doc);
    expect(wins.length).toBe(11);
    expect(wins.every(({ w }) => w.wallId)).toBe(true);
    expect(wins.filter(({ w }) => w.sillHeight >= 0.7 && w.sillHeight <= 1.0).length).toBeGreaterThanOrEqual(6);
  });
});
