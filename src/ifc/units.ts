/** The file's length unit: the project's, else the file's first unit assignment's, else metres assumed. */
import * as W from 'web-ifc';
import { type LineSource, num, ref, refs, str } from './line-values';

/**
 * The file's length unit and where it was found: the IfcProject's units, else the file's first
 * IfcUnitAssignment (no project), else metres assumed.
 */
export function lengthUnit(r: LineSource): { scale: number; from: 'project' | 'assignment' | 'assumed' } {
  const proj = r.ids(W.IFCPROJECT)[0];
  const p = r.line(proj);
  const own = ref(p?.UnitsInContext);
  const uaId = own ?? r.ids(W.IFCUNITASSIGNMENT)[0];
  const ua = r.line(uaId);
  for (const uid of refs(ua?.Units)) {
    const u = r.line(uid);
    if (str(u?.UnitType) !== 'LENGTHUNIT') continue;
    const s = unitScale(r, uid);
    if (s) return { scale: s, from: own !== undefined ? 'project' : 'assignment' };
  }
  return { scale: 1, from: 'assumed' };
}
/** Metres per unit for an IfcSIUnit or IfcConversionBasedUnit of length. */
export function unitScale(r: LineSource, unitId: number | undefined): number | undefined {
  const u = r.line(unitId);
  if (!u) return undefined;
  const PREFIX: Record<string, number> = { MILLI: 1e-3, CENTI: 1e-2, DECI: 1e-1, KILO: 1e3, MICRO: 1e-6, DECA: 10, HECTO: 100 };
  const name = str(u.Name);
  if (u.type === W.IFCSIUNIT) return name === 'METRE' ? (PREFIX[str(u.Prefix) ?? ''] ?? 1) : undefined;
  if (u.type === W.IFCCONVERSIONBASEDUNIT) {
    const m = r.line(ref(u.ConversionFactor));
    const v = num(m?.ValueComponent);
    const base = unitScale(r, ref(m?.UnitComponent)) ?? 1;
    if (v) return v * base;
    const n = (name ?? '').toUpperCase();
    if (n.includes('FOOT')) return 0.3048;
    if (n.includes('INCH')) return 0.0254;
  }
  return undefined;
}
