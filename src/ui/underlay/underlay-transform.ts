/**
 * An underlay's place on the plan and the three mouse gestures on it: move by the centre, rotate about the
 * centre by the knob, scale about pixel (0, 0) by the opposite corner. Image y points down: pixel (x, y)
 * lies at position + x·mpp·(cos r, sin r) + y·mpp·(sin r, −cos r).
 */
import type { Underlay } from '../../core/document';

type P = [number, number];
type Placed = Pick<Underlay, 'position' | 'rotation' | 'metresPerPixel' | 'widthPx' | 'heightPx'>;

export function pixelToPlan(u: Placed, x: number, y: number): P {
  const r = (u.rotation * Math.PI) / 180;
  const m = u.metresPerPixel;
  return [u.position[0] + x * m * Math.cos(r) + y * m * Math.sin(r), u.position[1] + x * m * Math.sin(r) - y * m * Math.cos(r)];
}

/** The image pixel (continuous: pixel i covers [i, i + 1]) at plan point `p`: `pixelToPlan` undone. */
export function planToPixel(u: Placed, p: P): P {
  const r = (u.rotation * Math.PI) / 180;
  const m = u.metresPerPixel;
  const dx = p[0] - u.position[0];
  const dy = p[1] - u.position[1];
  return [(dx * Math.cos(r) + dy * Math.sin(r)) / m, (dx * Math.sin(r) - dy * Math.cos(r)) / m];
}

export const centreOf = (u: Placed): P => pixelToPlan(u, u.widthPx / 2, u.heightPx / 2);
/** The scale handle: the corner opposite pixel (0, 0). */
export const cornerOf = (u: Placed): P => pixelToPlan(u, u.widthPx, u.heightPx);
/** The rotate knob: above the middle of the top edge, a tenth of the image's width out. */
export function knobOf(u: Placed): P {
  const top = pixelToPlan(u, u.widthPx / 2, 0);
  const r = (u.rotation * Math.PI) / 180;
  const out = u.widthPx * u.metresPerPixel * 0.1;
  return [top[0] - Math.sin(r) * out, top[1] + Math.cos(r) * out];
}

export function moved<U extends Placed>(u: U, from: P, to: P): U {
  return { ...u, position: [u.position[0] + to[0] - from[0], u.position[1] + to[1] - from[1]] };
}

/** Turned about the centre by the angle the pointer swept around it. */
export function rotated<U extends Placed>(u: U, from: P, to: P): U {
  const c = centreOf(u);
  const swept = Math.atan2(to[1] - c[1], to[0] - c[0]) - Math.atan2(from[1] - c[1], from[0] - c[0]);
  // Rounded to a thousandth of a degree, and the position turned by exactly that, so the centre stays put.
  const deg = Math.round((u.rotation + (swept * 180) / Math.PI) * 1000) / 1000;
  const d = ((deg - u.rotation) * Math.PI) / 180;
  const cos = Math.cos(d);
  const sin = Math.sin(d);
  const px = u.position[0] - c[0];
  const py = u.position[1] - c[1];
  return { ...u, rotation: ((((deg + 180) % 360) + 360) % 360) - 180, position: [c[0] + px * cos - py * sin, c[1] + px * sin + py * cos] };
}

/** Scaled about pixel (0, 0) so the dragged corner follows the pointer along the diagonal. */
export function scaled<U extends Placed>(u: U, to: P): U {
  const a = u.position;
  const k0 = cornerOf(u);
  const dx = k0[0] - a[0];
  const dy = k0[1] - a[1];
  const k = ((to[0] - a[0]) * dx + (to[1] - a[1]) * dy) / (dx * dx + dy * dy);
  return { ...u, metresPerPixel: Math.min(100, u.metresPerPixel * Math.max(0.01, k)) };
}
