/**
 * A face ring made fit for a hall polygon. Lines drawn twice a fraction of a millimetre apart leave the face
 * walk going out along one and back along the other (a spike), and two rooms touching at one corner leave a
 * ring passing a point twice (a pinch); after rounding to millimetres neither is a simple polygon. Spikes and
 * points where the ring runs straight on are dropped, and at a pinch the larger loop is kept (the other is
 * a sliver left between two lines). Metres, counter-clockwise.
 */
import { area, type Polygon } from '../core/geometry/polygon';
import { roundRing } from './ids';

/** Twice the signed area of the triangle p, q, r: zero when the three lie on one line. */
const cross = (p: [number, number], q: [number, number], r: [number, number]) => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);

/** The ring without repeated neighbours, spikes and straight-on points (each removal may expose another). */
function withoutSpikes(ring: Polygon): Polygon {
  const out = [...ring];
  let changed = true;
  while (changed && out.length >= 3) {
    changed = false;
    for (let i = 0; i < out.length && out.length >= 3; i++) {
      const p = out[(i + out.length - 1) % out.length];
      const q = out[i];
      const r = out[(i + 1) % out.length];
      const same = q[0] === p[0] && q[1] === p[1];
      // 1e-7 m² of doubled area: a millimetre of offset over a tenth of a millimetre of length.
      if (same || Math.abs(cross(p, q, r)) < 1e-7) {
        out.splice(i, 1);
        i--;
        changed = true;
      }
    }
  }
  return out;
}

/** At a point the ring passes twice, the larger of the two loops it makes there (repeatedly). */
function largestLoop(ring: Polygon): Polygon {
  const at = new Map<string, number>();
  for (let i = 0; i < ring.length; i++) {
    const k = `${ring[i][0]},${ring[i][1]}`;
    const j = at.get(k);
    if (j === undefined) {
      at.set(k, i);
      continue;
    }
    const inner = ring.slice(j, i);
    const outer = [...ring.slice(0, j), ...ring.slice(i)];
    const keep = Math.abs(area(inner)) >= Math.abs(area(outer)) ? inner : outer;
    return largestLoop(keep);
  }
  return ring;
}

export function cleanRing(ring: Polygon): Polygon {
  return roundRing(withoutSpikes(largestLoop(withoutSpikes(roundRing(ring)))));
}
