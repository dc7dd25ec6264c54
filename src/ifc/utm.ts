/**
 * Projected (transverse Mercator) coordinates to WGS84-ish latitude/longitude, for IfcMapConversion.
 * Krüger's series to n³ (Karney 2011), sub-millimetre within a zone. Covers the projected CRSs a hall
 * is likely to be drawn in: UTM on WGS84 (EPSG:326zz/327zz), ETRS89 (258zz), NAD83 (269zz), and China's
 * CGCS2000 Gauss-Krüger zones (EPSG:4491–4554). The datum shift between these and WGS84 (< 1 m) is ignored.
 */
export interface TransverseMercator {
  /** Semi-major axis (m) and flattening of the ellipsoid. */
  a: number;
  f: number;
  /** Central meridian, degrees. */
  lon0: number;
  k0: number;
  falseEasting: number;
  falseNorthing: number;
}

const WGS84 = { a: 6378137, f: 1 / 298.257223563 };
const GRS80 = { a: 6378137, f: 1 / 298.257222101 };

/** The projection behind an EPSG code, or null when it is not one we know. */
export function projectionForEpsg(code: number): TransverseMercator | null {
  const utm = (ell: { a: number; f: number }, zone: number, south: boolean): TransverseMercator => ({
    ...ell,
    lon0: zone * 6 - 183,
    k0: 0.9996,
    falseEasting: 500000,
    falseNorthing: south ? 10000000 : 0,
  });
  const gk = (lon0: number, zonePrefix: number): TransverseMercator => ({ ...GRS80, lon0, k0: 1, falseEasting: zonePrefix * 1e6 + 500000, falseNorthing: 0 });
  if (code >= 32601 && code <= 32660) return utm(WGS84, code - 32600, false);
  if (code >= 32701 && code <= 32760) return utm(WGS84, code - 32700, true);
  if (code >= 25828 && code <= 25838) return utm(GRS80, code - 25800, false);
  if (code >= 26901 && code <= 26923) return utm(GRS80, code - 26900, false);
  if (code >= 4491 && code <= 4501) {
    const z = 13 + (code - 4491);
    return gk(z * 6 - 3, z);
  }
  if (code >= 4502 && code <= 4512) return gk(75 + 6 * (code - 4502), 0);
  if (code >= 4513 && code <= 4533) {
    const z = 25 + (code - 4513);
    return gk(z * 3, z);
  }
  if (code >= 4534 && code <= 4554) return gk(75 + 3 * (code - 4534), 0);
  return null;
}

/** The EPSG number in a CRS name such as 'EPSG:25832' or 'urn:ogc:def:crs:EPSG::4547'. */
export function epsgFromName(name: string | undefined): number | null {
  if (!name) return null;
  const m = /(?:EPSG\D{0,3})(\d{4,5})\b/i.exec(name) ?? /^\s*(\d{4,5})\s*$/.exec(name);
  return m ? Number(m[1]) : null;
}

/** Inverse transverse Mercator: easting/northing (m) → latitude/longitude (degrees) and grid convergence (degrees). */
export function projectedToLatLon(easting: number, northing: number, p: TransverseMercator): { lat: number; lon: number; convergence: number } {
  const n = p.f / (2 - p.f);
  const n2 = n * n;
  const n3 = n2 * n;
  const A = (p.a / (1 + n)) * (1 + n2 / 4 + (n2 * n2) / 64);
  const beta = [n / 2 - (2 * n2) / 3 + (37 * n3) / 96, n2 / 48 + n3 / 15, (17 * n3) / 480];
  const delta = [2 * n - (2 * n2) / 3 - 2 * n3, (7 * n2) / 3 - (8 * n3) / 5, (56 * n3) / 15];
  const xi = (northing - p.falseNorthing) / (p.k0 * A);
  const eta = (easting - p.falseEasting) / (p.k0 * A);
  let xi1 = xi;
  let eta1 = eta;
  for (let j = 1; j <= 3; j++) {
    xi1 -= beta[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    eta1 -= beta[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const chi = Math.asin(Math.sin(xi1) / Math.cosh(eta1));
  let phi = chi;
  for (let j = 1; j <= 3; j++) phi += delta[j - 1] * Math.sin(2 * j * chi);
  const dLon = Math.atan2(Math.sinh(eta1), Math.cos(xi1));
  const lat = (phi * 180) / Math.PI;
  const lon = p.lon0 + (dLon * 180) / Math.PI;
  // Angle from true north to grid north (positive east of the central meridian in the north).
  const convergence = (Math.atan(Math.tan(dLon) * Math.sin(phi)) * 180) / Math.PI;
  return { lat, lon, convergence };
}
