/**
 * Georeference of the plan origin from IfcMapConversion + IfcProjectedCRS (preferred: web-ifc does not
 * apply it, so we do) or else IfcSite RefLatitude/RefLongitude, plus the rotation to north.
 */
import type { ImportWarning } from './types';
import * as W from 'web-ifc';
import type { Georef } from '../core/document';
import { type ModelReader, num, ref, str } from './reader';
import { unitScale } from './units';
import { epsgFromName, projectedToLatLon, projectionForEpsg, type TransverseMercator } from './utm';

/** IfcCompoundPlaneAngleMeasure (deg, min, sec, millionths of a second; all one sign) → decimal degrees. */
export function compoundAngle(v: unknown): number | undefined {
  const raw = (v as { value?: unknown })?.value ?? v;
  if (!Array.isArray(raw) || raw.length < 3) return undefined;
  const p = raw.map((x) => num(x) ?? 0);
  const d = Math.abs(p[0]) + Math.abs(p[1]) / 60 + (Math.abs(p[2]) + Math.abs(p[3] ?? 0) / 1e6) / 3600;
  const neg = p.some((x) => x < 0);
  return neg ? -d : d;
}

export interface GeorefResult {
  georef?: Georef;
  warnings: ImportWarning[];
  source?: 'map-conversion' | 'site';
}

/**
 * The IfcMapConversion that places the model: the first whose target CRS we can convert and that has
 * eastings and northings; a CRS we cannot convert before it ends the search (the site's latitude and
 * longitude are used then). Reads the conversions and their CRS lines only, so the header prefetch can
 * tell from it whether the site's line will be needed.
 */
export function placingMapConversion(r: ModelReader): { id: number; proj: TransverseMercator } | { unknownCrs: number } | undefined {
  for (const id of r.ids(W.IFCMAPCONVERSION)) {
    const mc = r.line(id);
    const code = epsgFromName(str(r.line(ref(mc?.TargetCRS))?.Name));
    const proj = code ? projectionForEpsg(code) : null;
    if (!proj) return { unknownCrs: id };
    if (num(mc.Eastings) !== undefined && num(mc.Northings) !== undefined) return { id, proj };
  }
  return undefined;
}

/** Whether an IfcMapConversion places the model (else the site's latitude and longitude are read). */
export const mapConversionPlaces = (r: ModelReader): boolean => {
  const p = placingMapConversion(r);
  return p !== undefined && 'id' in p;
};

export function readGeoref(r: ModelReader, lengthScale: number): GeorefResult {
  const warnings: ImportWarning[] = [];
  const rotation = trueNorthRotation(r);
  const placing = placingMapConversion(r);
  if (placing && 'unknownCrs' in placing) {
    const crsName = str(r.line(ref(r.line(placing.unknownCrs)?.TargetCRS))?.Name);
    warnings.push({
      en: `IfcMapConversion #${placing.unknownCrs}: projected CRS "${crsName ?? '?'}" is not a UTM/Gauss-Krüger EPSG code we can convert; using IfcSite latitude/longitude instead`,
      zh: `IfcMapConversion #${placing.unknownCrs}：投影坐标系“${crsName ?? '?'}”不是可换算的 UTM/高斯-克吕格 EPSG 代码，改用 IfcSite 经纬度`,
    });
  } else if (placing) {
    const { id, proj } = placing;
    const mc = r.line(id);
    const crs = r.line(ref(mc?.TargetCRS));
    const mapScale = unitScale(r, ref(crs?.MapUnit)) ?? lengthScale;
    const e = num(mc.Eastings)!;
    const n = num(mc.Northings)!;
    const ll = projectedToLatLon(e * mapScale, n * mapScale, proj);
    const ax = num(mc.XAxisAbscissa) ?? 1;
    const ay = num(mc.XAxisOrdinate) ?? 0;
    // Local +x points at grid angle θ; the bearing of local +y from grid north is −θ; add the convergence for true north.
    const gridBearing = (-Math.atan2(ay, ax) * 180) / Math.PI;
    const h = num(mc.OrthogonalHeight);
    return {
      georef: { lat: ll.lat, lon: ll.lon, rotation: round6(normalizeDeg(gridBearing + ll.convergence)), ...(h !== undefined ? { altitude: h * mapScale } : {}) },
      warnings,
      source: 'map-conversion',
    };
  }
  for (const id of r.ids(W.IFCSITE)) {
    const s = r.line(id);
    const lat = compoundAngle(s?.RefLatitude);
    const lon = compoundAngle(s?.RefLongitude);
    if (lat === undefined || lon === undefined) continue;
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      warnings.push({
        en: `IfcSite #${id}: RefLatitude/RefLongitude out of range (${lat}, ${lon}); no georeference`,
        zh: `IfcSite #${id}：经纬度超出范围（${lat}, ${lon}），无地理参照`,
      });
      continue;
    }
    const alt = num(s.RefElevation);
    return { georef: { lat, lon, rotation, ...(alt !== undefined ? { altitude: alt * lengthScale } : {}) }, warnings, source: 'site' };
  }
  return { warnings };
}

/** Bearing of plan +y from true north, from the model context's TrueNorth direction (0 when absent). */
function trueNorthRotation(r: ModelReader): number {
  for (const id of r.ids(W.IFCGEOMETRICREPRESENTATIONCONTEXT)) {
    const c = r.line(id);
    const d = r.line(ref(c?.TrueNorth));
    const v = (d?.DirectionRatios ?? []).map((x: unknown) => num(x) ?? 0);
    if (v.length >= 2 && (v[0] !== 0 || v[1] !== 0)) return round6(normalizeDeg((Math.atan2(v[1], v[0]) * 180) / Math.PI - 90));
  }
  return 0;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
function normalizeDeg(d: number): number {
  let x = d % 360;
  if (x > 180) x -= 360;
  if (x <= -180) x += 360;
  return x;
}
