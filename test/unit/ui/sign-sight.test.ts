import { describe, expect, it } from 'vitest';
import { signSightOverlay } from '../../../src/ui/findings/sign-sight';
import { checkHall } from '../../../src/rules';
import { loadSample } from '../core/helpers';

const county = loadSample('county-hall');

describe('sign sight-line overlay', () => {
  it('draws the citizen routes and a line from each turn to the sign seen from it', () => {
    const o = signSightOverlay(county, 'F1', 0.06);
    expect(o.routes.length).toBeGreaterThan(10);
    expect(o.seen.length).toBeGreaterThan(0);
    const signs = county.floors[0].elements.filter((e) => e.kind === 'sign').map((e) => (e as { position: [number, number] }).position);
    for (let i = 0; i < o.seen.length; i += 2) {
      const [from, to] = [o.seen[i], o.seen[i + 1]];
      expect(signs.some((p) => Math.abs(p[0] - to[0]) < 1e-9 && Math.abs(-p[1] - to[2]) < 1e-9)).toBe(true);
      expect(Math.hypot(to[0] - from[0], to[2] - from[2])).toBeLessThanOrEqual(15 + 1e-9);
    }
  });
  it('marks the turns where no sign can be seen, one cross per sign.continuity finding place', () => {
    // Jiangxi's §6.1.5 asks for guide signs along the way; the Hunan text holds no continuity requirement to quote.
    const bare = {
      ...county,
      meta: { ...county.meta, preset: 'jiangxi' as const },
      floors: county.floors.map((f) => ({ ...f, elements: f.elements.filter((e) => e.kind !== 'sign') })),
    };
    const o = signSightOverlay(bare, 'F1', 0.06);
    expect(o.seen).toEqual([]);
    expect(o.blind.length).toBeGreaterThan(0);
    const findings = checkHall(bare).findings.filter((f) => f.ruleId === 'sign.continuity' && f.floorId === 'F1');
    expect(findings.length).toBeGreaterThan(0);
    // Every finding sits on one of the crosses (crosses are 4 points around the turn).
    const centres = [];
    for (let i = 0; i < o.blind.length; i += 4) centres.push([(o.blind[i][0] + o.blind[i + 1][0]) / 2, -(o.blind[i][2] + o.blind[i + 1][2]) / 2]);
    for (const f of findings) expect(centres.some((c) => Math.hypot(c[0] - f.at![0], c[1] - f.at![1]) < 1e-9)).toBe(true);
  });
});
