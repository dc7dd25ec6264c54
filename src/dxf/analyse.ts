/**
 * What a parsed drawing is proposed to hold before anything is built: the frames (plans side by side), the
 * unit (the header checked against the plan's size, wall thickness and door swings) and warnings.
 */
import type { Term } from '../core/vocab';
import { frameAxes } from './axes';
import { findFrames, proposeFrames } from './frames';
import { r3 } from './ids';
import { roleMap } from './layers';
import type { Drawing, DxfAnalysis, DxfImportOptions, Frame, Seg } from './types';
import { UNIT_METRES, chooseUnit, headerStands, unitFromHeader } from './units';
import type { StageClock } from './stage-clock';
import { pairFaces, typicalThickness } from './walls';

/** Inside the frame's box with a 2 % margin (a wall's outer face drawn just past the frame still counts). */
export function inFrame(f: Frame, x: number, y: number): boolean {
  const mx = (f.maxX - f.minX) * 0.02;
  const my = (f.maxY - f.minY) * 0.02;
  return x >= f.minX - mx && x <= f.maxX + mx && y >= f.minY - my && y <= f.maxY + my;
}

/** A coordinate as a CAD user types it to find the spot: whole units, or with an exponent where it is astronomic. */
const coord = (v: number): string => (Math.abs(v) >= 1e7 ? v.toExponential(2) : String(Math.round(v)));

/**
 * The entities left out for lying far from every plan: how many, on which layers, and where the farthest lies (as
 * ZOOM EXTENTS shows it in the CAD program, to find and delete it there).
 */
function strayWarning(strays: readonly Seg[], plan: Frame): Term {
  const byLayer = new Map<string, number>();
  for (const s of strays) byLayer.set(s.layer, (byLayer.get(s.layer) ?? 0) + 1);
  const layers = [...byLayer.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([l]) => l)
    .join(', ');
  const cx = (plan.minX + plan.maxX) / 2;
  const cy = (plan.minY + plan.maxY) / 2;
  let far = strays[0];
  let farD = -1;
  for (const s of strays)
    for (const [x, y] of [
      [s.ax, s.ay],
      [s.bx, s.by],
    ]) {
      const d = Math.hypot(x - cx, y - cy);
      if (d > farD) [far, farD] = [{ ...s, ax: x, ay: y }, d];
    }
  const n = strays.length;
  const at = `x ${coord(far.ax)}, y ${coord(far.ay)}`;
  return {
    zh: `${n} 个远离平面图的图元未导入（图层 ${layers}；最远的一个在 ${at}）`,
    en: `${n} ${n === 1 ? 'entity lies' : 'entities lie'} far from the plan and were left out (layer ${layers}; the farthest at ${at})`,
  };
}

export function analyse(drawing: Drawing, fileName: string, layers: DxfAnalysis['layers'], opts: DxfImportOptions, warnings: Term[], clock?: StageClock): DxfAnalysis {
  clock?.at('frames');
  const roles = roleMap(layers);
  const isWall = (l: string) => roles.get(l) === 'wall';
  const drawn = drawing.segs.filter((s) => {
    const r = roles.get(s.layer);
    return r !== 'ignore' && r !== 'dimension' && r !== 'axis' && r !== 'hatch';
  });
  const frames = findFrames(drawn.length ? drawn : drawing.segs, isWall, drawing.labels);
  const role = (l: string) => roles.get(l) ?? 'other';
  const hasAxes = layers.some((l) => l.role === 'axis');
  for (const f of hasAxes ? frames : []) {
    const axes = frameAxes(drawing.segs, drawing.labels, f, role);
    if (axes.length) f.axes = axes;
  }
  const strays = drawn.filter((s) => !frames.some((f) => inFrame(f, (s.ax + s.bx) / 2, (s.ay + s.by) / 2)));
  if (strays.length > 0 && frames.length > 0) warnings.push(strayWarning(strays, frames[0]));
  const main = frames[0];
  const width = main ? main.maxX - main.minX : 0;
  const height = main ? main.maxY - main.minY : 0;
  clock?.at('units');
  const units = chooseUnits(drawing, roles, main, width, height, opts, warnings);
  return {
    fileName,
    version: drawing.version,
    encoding: drawing.encoding,
    binary: drawing.binary,
    layers,
    units,
    frames,
    proposedFrames: proposeFrames(frames),
    widthM: width * units.metres,
    heightM: height * units.metres,
    warnings,
  };
}

function chooseUnits(
  drawing: Drawing,
  roles: Map<string, string>,
  main: Frame | undefined,
  width: number,
  height: number,
  opts: DxfImportOptions,
  warnings: Term[],
): DxfAnalysis['units'] {
  if (opts.units) return { unit: opts.units, metres: UNIT_METRES[opts.units], from: 'option' };
  // Evidence for the unit: door swing radii, and faces paired with a generous gap (a twentieth of the plan)
  // unless the header's unit stands whatever the walls measure.
  const doorRadii = drawing.arcs
    .filter((a) => {
      const sw = a.a1 - a.a0;
      const r = roles.get(a.layer);
      return sw > Math.PI / 3 && sw < (2 * Math.PI) / 3 && (r === 'door' || r === 'window' || a.ins >= 0);
    })
    .slice(0, 400)
    .map((a) => a.r);
  const header = unitFromHeader(drawing.insunits);
  if (header && headerStands(header, { width, height, doorRadii })) return { unit: header, metres: UNIT_METRES[header], from: 'header' };
  const wallSegs = drawing.segs.filter((s) => roles.get(s.layer) === 'wall' && (!main || (inFrame(main, s.ax, s.ay) && inFrame(main, s.bx, s.by))));
  const span = Math.max(width, height);
  const thick = typicalThickness(pairFaces(wallSegs, span / 20, span / 400));
  const c = chooseUnit(header, { width, height, wallThickness: thick, doorRadii });
  const units: DxfAnalysis['units'] = { unit: c.unit, metres: UNIT_METRES[c.unit], from: c.fromHeader ? 'header' : 'guess' };
  if (!c.fromHeader) {
    units.headerSaid = header ?? 'unitless';
    const wide = r3(width * UNIT_METRES[c.unit]);
    warnings.push(
      header
        ? {
            zh: `图纸单位（$INSUNITS）标为 ${header}，但按尺寸应为 ${c.unit}（宽 ${wide} m），已按 ${c.unit} 导入；如不对请改选单位`,
            en: `$INSUNITS says ${header}, but the plan measures like ${c.unit} (${wide} m wide); using ${c.unit} — set the unit if this is wrong`,
          }
        : {
            zh: `图纸未设单位（$INSUNITS），按尺寸判断为 ${c.unit}（宽 ${wide} m）；如不对请改选单位`,
            en: `the drawing sets no unit ($INSUNITS); it measures like ${c.unit} (${wide} m wide) — set the unit if this is wrong`,
          },
    );
  }
  return units;
}
