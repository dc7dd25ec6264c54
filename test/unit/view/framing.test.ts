/**
 * Where the plan camera goes: zoom to fit keeps room round the floor (the scale bar and north arrow in the
 * bottom-left corner stay off the walls), and framing an element zooms in on it even on a small floor.
 */
import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { FIT_PAD, goalFor } from '../../../src/view/camera/camera-goal';
import { framedBox } from '../../../src/view/camera/floor-extent';

const size = { width: 1000, height: 600 };
/** Where a plan point lands on screen (pixels from the top-left) for an orthographic goal. */
function onScreen(g: ReturnType<typeof goalFor>, p: [number, number]): [number, number] {
  return [size.width / 2 + (p[0] - g.target.x) * g.zoom!, size.height / 2 - (p[1] + g.target.z) * g.zoom!];
}

describe('framing the plan', () => {
  it('fits a floor with the padding kept free on every side, the bottom clear of the scale bar', () => {
    const floor = { minX: 0, minY: 0, maxX: 64, maxY: 42 };
    const g = goalFor(new THREE.OrthographicCamera(), size, floor, 0, 1.08, undefined, FIT_PAD);
    const [x0, y0] = onScreen(g, [0, 0]);
    const [x1, y1] = onScreen(g, [64, 42]);
    expect(x0).toBeGreaterThanOrEqual(FIT_PAD.side - 1e-6);
    expect(x1).toBeLessThanOrEqual(size.width - FIT_PAD.side + 1e-6);
    expect(y1).toBeGreaterThanOrEqual(FIT_PAD.top - 1e-6);
    expect(y0).toBeLessThanOrEqual(size.height - FIT_PAD.bottom + 1e-6);
    // and the floor fills the padded area in its limiting direction
    expect(Math.max((x1 - x0) / (size.width - 2 * FIT_PAD.side), (y0 - y1) / (size.height - FIT_PAD.top - FIT_PAD.bottom))).toBeCloseTo(1, 6);
  });

  it('frames a 0.9 m door of a 12 m house at well under the house, and a counter of a 64 m hall with 16 m round it', () => {
    const door = { minX: 5.55, minY: -0.1, maxX: 6.45, maxY: 0.1 };
    const house = { minX: 0, minY: 0, maxX: 12, maxY: 10 };
    const b = framedBox([door], [], house)!;
    expect(b.maxX - b.minX).toBeLessThanOrEqual(6 + 1e-9);
    expect(b.minX).toBeLessThan(door.minX);
    expect(b.maxY).toBeGreaterThan(door.maxY);
    const counter = { minX: 20, minY: 30, maxX: 20.9, maxY: 30.6 };
    const c = framedBox([counter], [], { minX: 0, minY: 0, maxX: 64, maxY: 42 })!;
    expect(c.maxX - c.minX).toBeCloseTo(16, 9);
    expect(c.maxY - c.minY).toBeCloseTo(16, 9);
  });
});
