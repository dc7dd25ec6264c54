/**
 * Our own checks of an IMDF 1.0.0 archive: manifest version, required properties and geometry types per feature
 * type, valid polygons (closed rings, ≥ 4 positions, counter-clockwise exterior, clockwise holes, no
 * self-intersection), unique UUID ids, references that resolve to the right feature type, anchors inside their
 * unit. Returns one message per problem (empty = valid).
 */
import { unzipSync, strFromU8 } from 'fflate';
import type { Position } from 'geojson';
import { UUID_RE } from './uuid';
import { insideRing } from '../../core/geometry/ring';

type Props = Record<string, unknown>;
interface F {
  id: unknown;
  type: unknown;
  feature_type: unknown;
  geometry: { type: string; coordinates: unknown } | null;
  properties: Props;
}

const REQUIRED: Record<string, { props: string[]; geometry: (string | null)[] }> = {
  address: { props: ['address', 'unit', 'locality', 'province', 'country', 'postal_code'], geometry: [null] },
  venue: { props: ['category', 'restriction', 'name', 'alt_name', 'hours', 'phone', 'website', 'display_point', 'address_id'], geometry: ['Polygon', 'MultiPolygon'] },
  building: { props: ['category', 'restriction', 'name', 'alt_name', 'display_point', 'address_id'], geometry: [null] },
  footprint: { props: ['category', 'name', 'building_ids'], geometry: ['Polygon', 'MultiPolygon'] },
  level: { props: ['category', 'restriction', 'outdoor', 'ordinal', 'name', 'short_name', 'display_point', 'address_id', 'building_ids'], geometry: ['Polygon', 'MultiPolygon'] },
  unit: { props: ['category', 'restriction', 'accessibility', 'name', 'alt_name', 'level_id', 'display_point'], geometry: ['Polygon', 'MultiPolygon'] },
  opening: { props: ['category', 'accessibility', 'access_control', 'door', 'name', 'alt_name', 'display_point', 'level_id'], geometry: ['LineString'] },
  detail: { props: ['level_id'], geometry: ['LineString', 'MultiLineString'] },
  amenity: { props: ['category', 'accessibility', 'name', 'alt_name', 'hours', 'phone', 'website', 'unit_ids', 'address_id', 'correlation_id'], geometry: ['Point'] },
  anchor: { props: ['address_id', 'unit_id'], geometry: ['Point'] },
  occupant: { props: ['name', 'category', 'anchor_id', 'hours', 'phone', 'website', 'validity', 'correlation_id'], geometry: [null] },
  relationship: { props: ['category', 'direction', 'origin', 'intermediary', 'destination', 'hours'], geometry: [null, 'Point', 'LineString', 'Polygon', 'MultiPolygon'] },
};

/** Non-null references: property → feature type it must name. */
const REFS: Record<string, [string, string, boolean][]> = {
  venue: [['address_id', 'address', true]],
  building: [['address_id', 'address', false]],
  footprint: [['building_ids', 'building', true]],
  level: [
    ['building_ids', 'building', false],
    ['address_id', 'address', false],
  ],
  unit: [['level_id', 'level', true]],
  opening: [['level_id', 'level', true]],
  detail: [['level_id', 'level', true]],
  amenity: [
    ['unit_ids', 'unit', true],
    ['address_id', 'address', false],
  ],
  anchor: [
    ['unit_id', 'unit', true],
    ['address_id', 'address', false],
  ],
  occupant: [['anchor_id', 'anchor', true]],
};

function signedArea(r: Position[]): number {
  let a = 0;
  for (let i = 0; i < r.length - 1; i++) a += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
  return a / 2;
}

function segsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const o = (p: Position, q: Position, r: Position) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const o1 = o(a, b, c),
    o2 = o(a, b, d),
    o3 = o(c, d, a),
    o4 = o(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

function ringProblems(r: unknown, hole: boolean): string[] {
  if (!Array.isArray(r) || r.length < 4) return ['ring has fewer than 4 positions'];
  const ring = r as Position[];
  const out: string[] = [];
  const [f, l] = [ring[0], ring[ring.length - 1]];
  if (f[0] !== l[0] || f[1] !== l[1]) out.push('ring is not closed');
  const a = signedArea(ring);
  if (a === 0) out.push('ring has no area');
  else if (!hole && a < 0) out.push('exterior ring is clockwise (must be counter-clockwise)');
  else if (hole && a > 0) out.push('hole is counter-clockwise (must be clockwise)');
  const n = ring.length - 1;
  for (let i = 0; i < n; i++)
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (segsCross(ring[i], ring[i + 1], ring[j], ring[j + 1])) return [...out, 'ring intersects itself'];
    }
  return out;
}

export function validateImdfFiles(files: Record<string, unknown>): string[] {
  const errs: string[] = [];
  const manifest = files['manifest.json'] as Props | undefined;
  if (!manifest) errs.push('manifest.json: missing');
  else {
    if (manifest.version !== '1.0.0') errs.push(`manifest.json: version must be "1.0.0" (got ${JSON.stringify(manifest.version)})`);
    if (typeof manifest.language !== 'string' || !manifest.language) errs.push('manifest.json: language is required');
    if (typeof manifest.created !== 'string' || Number.isNaN(Date.parse(manifest.created))) errs.push('manifest.json: created must be an ISO 8601 time');
  }
  const byId = new Map<string, F>();
  const all: F[] = [];
  for (const type of Object.keys(REQUIRED)) {
    const name = `${type}.geojson`;
    const fc = files[name] as { type?: unknown; features?: unknown } | undefined;
    if (!fc) {
      if (['address', 'venue', 'building', 'footprint', 'level', 'unit'].includes(type)) errs.push(`${name}: missing`);
      continue;
    }
    if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
      errs.push(`${name}: not a FeatureCollection`);
      continue;
    }
    (fc.features as F[]).forEach((f, i) => {
      const at = `${name}[${i}]`;
      if (typeof f.id !== 'string' || !UUID_RE.test(f.id)) errs.push(`${at}: id ${JSON.stringify(f.id)} is not a UUID`);
      else if (byId.has(f.id)) errs.push(`${at}: duplicate id ${f.id}`);
      else byId.set(f.id, f);
      if (f.type !== 'Feature') errs.push(`${at}: type must be "Feature"`);
      if (f.feature_type !== type) errs.push(`${at}: feature_type ${JSON.stringify(f.feature_type)} in ${name}`);
      const req = REQUIRED[type];
      const props = f.properties ?? {};
      for (const p of req.props) if (!(p in props)) errs.push(`${at}: missing property "${p}"`);
      const gt = f.geometry ? f.geometry.type : null;
      if (!req.geometry.includes(gt)) errs.push(`${at}: geometry ${gt} not allowed for ${type}`);
      if (f.geometry?.type === 'Polygon') (f.geometry.coordinates as unknown[]).forEach((r, k) => ringProblems(r, k > 0).forEach((m) => errs.push(`${at}: ${m}`)));
      if (f.geometry?.type === 'MultiPolygon')
        (f.geometry.coordinates as unknown[][]).forEach((pl) => pl.forEach((r, k) => ringProblems(r, k > 0).forEach((m) => errs.push(`${at}: ${m}`))));
      all.push(f);
    });
  }
  for (const f of all) {
    const type = f.feature_type as string;
    const at = `${type} ${String(f.id)}`;
    for (const [prop, target, required] of REFS[type] ?? []) {
      const v = f.properties?.[prop];
      if (v === null || v === undefined) {
        if (required) errs.push(`${at}: ${prop} is required`);
        continue;
      }
      const ids = Array.isArray(v) ? v : [v];
      if (required && ids.length === 0) errs.push(`${at}: ${prop} is empty`);
      for (const id of ids) {
        const t = byId.get(id as string);
        if (!t) errs.push(`${at}: ${prop} ${JSON.stringify(id)} does not resolve`);
        else if (t.feature_type !== target) errs.push(`${at}: ${prop} names a ${String(t.feature_type)}, not a ${target}`);
      }
    }
    if (type === 'relationship') {
      for (const end of ['origin', 'destination']) {
        const ref = f.properties?.[end] as { id?: string; feature_type?: string } | null;
        const t = ref?.id ? byId.get(ref.id) : undefined;
        if (!ref || !t) errs.push(`${at}: ${end} does not resolve`);
        else if (t.feature_type !== ref.feature_type) errs.push(`${at}: ${end} feature_type does not match`);
      }
    }
    if (type === 'anchor' && f.geometry?.type === 'Point') {
      const unit = byId.get(f.properties?.unit_id as string);
      const ring = unit?.geometry?.type === 'Polygon' ? (unit.geometry.coordinates as Position[][])[0] : undefined;
      if (ring && !insideRing(f.geometry.coordinates as Position, ring)) errs.push(`${at}: anchor lies outside its unit`);
    }
  }
  return errs;
}

/** Validates a zipped archive. */
export function validateImdf(zip: Uint8Array): string[] {
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(zip);
  } catch (e) {
    return [`not a zip archive (${e instanceof Error ? e.message : String(e)})`];
  }
  const files: Record<string, unknown> = {};
  const errs: string[] = [];
  for (const [name, bytes] of Object.entries(raw)) {
    try {
      files[name] = JSON.parse(strFromU8(bytes));
    } catch {
      errs.push(`${name}: not valid JSON`);
    }
  }
  return [...errs, ...validateImdfFiles(files)];
}
