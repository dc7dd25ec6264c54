/** Projected → geographic conversion for IfcMapConversion, checked against an independent forward projection. */
import { describe, expect, it } from 'vitest';
import { epsgFromName, projectedToLatLon, projectionForEpsg, importIfc } from '../../src/ifc';
import { HAVE_CORPUS, readIfc } from './corpus';

/**
 * Forward UTM after Snyder, "Map Projections — A Working Manual" (USGS 1987), eqs. 8-9…8-10: a different
 * series from the Krüger one under test, so agreement checks the formula, not the code against itself.
 */
function snyderForward(latDeg: number, lonDeg: number, lon0: number, k0: number, a: number, f: number, fe: number, fn: number): [number, number] {
  const e2 = f * (2 - f);
  const ep2 = e2 / (1 - e2);
  const phi = (latDeg * Math.PI) / 180;
  const N = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
  const T = Math.tan(phi) ** 2;
  const C = ep2 * Math.cos(phi) ** 2;
  const A = Math.cos(phi) * (((lonDeg - lon0) * Math.PI) / 180);
  const M =
    a *
    ((1 - e2 / 4 - (3 * e2 ** 2) / 64 - (5 * e2 ** 3) / 256) * phi -
      ((3 * e2) / 8 + (3 * e2 ** 2) / 32 + (45 * e2 ** 3) / 1024) * Math.sin(2 * phi) +
      ((15 * e2 ** 2) / 256 + (45 * e2 ** 3) / 1024) * Math.sin(4 * phi) -
      ((35 * e2 ** 3) / 3072) * Math.sin(6 * phi));
  const x = k0 * N * (A + ((1 - T + C) * A ** 3) / 6 + ((5 - 18 * T + T * T + 72 * C - 58 * ep2) * A ** 5) / 120);
  const y = k0 * (M + N * Math.tan(phi) * ((A * A) / 2 + ((5 - T + 9 * C + 4 * C * C) * A ** 4) / 24 + ((61 - 58 * T + T * T + 600 * C - 330 * ep2) * A ** 6) / 720));
  return [fe + x, fn + y];
}

describe('UTM / Gauss-Krüger inverse', () => {
  it('knows the EPSG codes', () => {
    expect(epsgFromName('EPSG:25832')).toBe(25832);
    expect(epsgFromName('urn:ogc:def:crs:EPSG::4547')).toBe(4547);
    expect(projectionForEpsg(25832)).toMatchObject({ lon0: 9, k0: 0.9996, falseEasting: 500000 });
    expect(projectionForEpsg(32750)).toMatchObject({ lon0: 117, falseNorthing: 10000000 });
    // CGCS2000 3-degree Gauss-Krüger CM 114°E (Changsha area), no zone prefix.
    expect(projectionForEpsg(4547)).toMatchObject({ lon0: 114, k0: 1, falseEasting: 500000 });
    expect(projectionForEpsg(4326)).toBeNull();
  });

  const cases: [number, number, number][] = [
    [25832, 49.0955, 8.4337],
    [32650, 39.9, 116.4],
    [32633, -33.9, 18.4],
    [4547, 28.2282, 112.9388],
    [32631, 0.0001, 3.0],
  ];
  for (const [code, lat, lon] of cases) {
    it(`EPSG:${code} round-trips (${lat}, ${lon}) against Snyder's forward series`, () => {
      const p = projectionForEpsg(code)!;
      const [E, N] = snyderForward(lat, lon, p.lon0, p.k0, p.a, p.f, p.falseEasting, p.falseNorthing);
      const back = projectedToLatLon(E, N, p);
      // 1e-6° ≈ 0.1 m: both series are far better than this within a zone.
      expect(back.lat).toBeCloseTo(lat, 6);
      expect(back.lon).toBeCloseTo(lon, 6);
    });
  }

  it('meridian convergence is zero on the central meridian and positive east of it in the north', () => {
    const p = projectionForEpsg(32650)!;
    expect(projectedToLatLon(500000, 4400000, p).convergence).toBeCloseTo(0, 9);
    expect(projectedToLatLon(600000, 4400000, p).convergence).toBeGreaterThan(0);
  });

  it.skipIf(!HAVE_CORPUS)('geographic-referencing-utm.ifc: IfcMapConversion origin → lat/lon of the plan origin', async () => {
    const { doc } = await importIfc(readIfc('geographic-referencing-utm.ifc'), { fileName: 'utm.ifc' });
    const g = doc.meta.georef!;
    // Independent: Snyder's forward series of our answer lands on the file's Eastings/Northings.
    const p = projectionForEpsg(25832)!;
    const [E, N] = snyderForward(g.lat, g.lon, p.lon0, p.k0, p.a, p.f, p.falseEasting, p.falseNorthing);
    expect(Math.abs(E - 458657.3)).toBeLessThan(0.05);
    expect(Math.abs(N - 5438232.25)).toBeLessThan(0.05);
    // And the file's own IfcSite RefLatitude/RefLongitude (49°5'43.9837"N 8°26'1.2473"E) agrees within a metre.
    expect(g.lat).toBeCloseTo(49 + 5 / 60 + 43.9837 / 3600, 5);
    expect(g.lon).toBeCloseTo(8 + 26 / 60 + 1.2473 / 3600, 5);
    // XAxisAbscissa/Ordinate (0.2706, 0.9627): local +x points 74.3° CCW of grid east → +y bears −74.3° (+ convergence).
    expect(g.rotation).toBeCloseTo(-(Math.atan2(0.962691746426, 0.270600445976) * 180) / Math.PI, 0);
    expect(g.altitude).toBeCloseTo(113.7, 6);
  });
});
