import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lonLatToPlan, planToLonLat } from '../../../src/nav/export/georef';

describe('georef', () => {
  it('maps north and east at rotation 0 with the local metre lengths', () => {
    const g = { lat: 28.2282, lon: 112.9388, rotation: 0 };
    const [lon0, lat0] = planToLonLat(g, [0, 0]);
    expect(lon0).toBeCloseTo(112.9388, 10);
    expect(lat0).toBeCloseTo(28.2282, 10);
    const [, latN] = planToLonLat(g, [0, 1000]);
    // One kilometre north at 28° N is about 0.00902° of latitude (meridian radius ≈ 6.351e6 m).
    expect(latN - 28.2282).toBeCloseTo(0.009021, 5);
    const [lonE, latE] = planToLonLat(g, [1000, 0]);
    expect(latE).toBeCloseTo(28.2282, 10);
    expect(lonE - 112.9388).toBeCloseTo(
      (1000 / ((6378137 * Math.cos((28.2282 * Math.PI) / 180)) / Math.sqrt(1 - 6.69437999014e-3 * Math.sin((28.2282 * Math.PI) / 180) ** 2))) * (180 / Math.PI),
      9,
    );
  });
  it('rotation 90: plan +y points east', () => {
    const g = { lat: 10, lon: 20, rotation: 90 };
    const [lon, lat] = planToLonLat(g, [0, 100]);
    expect(lat).toBeCloseTo(10, 9);
    expect(lon).toBeGreaterThan(20);
    const [lon2, lat2] = planToLonLat(g, [100, 0]);
    expect(lon2).toBeCloseTo(20, 9);
    expect(lat2).toBeLessThan(10);
  });
  it('round-trips within a millimetre', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -60, max: 60, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -360, max: 360, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        (lat, lon, rotation, x, y) => {
          const g = { lat, lon, rotation };
          const [px, py] = lonLatToPlan(g, planToLonLat(g, [x, y]));
          expect(Math.hypot(px - x, py - y)).toBeLessThan(1e-3);
        },
      ),
    );
  });
});
