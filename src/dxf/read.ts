/**
 * Bytes → Drawing: checks that the file is a DXF at all, turns binary DXF into text, decodes the code page,
 * runs dxf-parser, and flattens model space into segments, arcs and labels with every block INSERT exploded
 * (nested blocks too; entities on layer 0 inside a block take the INSERT's layer, as in AutoCAD). Block
 * definitions that model space never inserts are left out: an importer that drew every block would draw
 * unreferenced copies of the plan twice.
 */
import DxfParser from 'dxf-parser';
import type { IBlock, IDxf, IEntity } from 'dxf-parser';
import { binaryDxfToText, isBinaryDxf } from './binary';
import { DxfImportError } from './errors';
import { decodeDxfBytes, plainText } from './text';
import type { Arc, Drawing, Insert, Label, LayerInfo, Loop, Seg } from './types';

/** Affine map [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
type M = [number, number, number, number, number, number];
const IDENTITY: M = [1, 0, 0, 1, 0, 0];

function mul(p: M, q: M): M {
  return [
    p[0] * q[0] + p[2] * q[1],
    p[1] * q[0] + p[3] * q[1],
    p[0] * q[2] + p[2] * q[3],
    p[1] * q[2] + p[3] * q[3],
    p[0] * q[4] + p[2] * q[5] + p[4],
    p[1] * q[4] + p[3] * q[5] + p[5],
  ];
}
const apX = (m: M, x: number, y: number) => m[0] * x + m[2] * y + m[4];
const apY = (m: M, x: number, y: number) => m[1] * x + m[3] * y + m[5];
const MIRROR_X: M = [-1, 0, 0, 1, 0, 0];
const MAX_DEPTH = 8;
/** Straight pieces per full circle when an arc must be drawn as segments. */
const ARC_STEPS = 32;

interface Pt {
  x: number;
  y: number;
  bulge?: number;
}

/** Layer and block names keep AutoCAD's \U+XXXX escapes in pre-2007 files (天正 layer 墙 is "\U+5899"). */
const uname = (s: string): string => (s.includes('\\U+') ? s.replace(/\\U\+([0-9A-Fa-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s);

const num = (v: unknown, d = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);

export interface ParsedDxf {
  dxf: IDxf;
  version: string;
  encoding: string;
  binary: boolean;
  parseMs: number;
}

/** The file as dxf-parser's object. Throws DxfImportError for files that are not DXF, empty or cut short. */
export function parseDxfBytes(bytes: Uint8Array, fileName = 'drawing.dxf'): ParsedDxf {
  if (bytes.length === 0) throw new DxfImportError(`${fileName}: the file is empty / 文件为空`, 'file');
  const binary = isBinaryDxf(bytes);
  let text: string;
  let encoding: string;
  if (binary) {
    text = binaryDxfToText(bytes);
    encoding = 'binary';
  } else {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    if (/^\s*AC10\d\d/.test(head) || head.startsWith('AC1')) {
      throw new DxfImportError(`${fileName}: this is a DWG file, which HallTwin cannot read; save it as DXF in your CAD program / 这是 DWG 文件，请在 CAD 中另存为 DXF`, 'file');
    }
    if (!/^\s*(999\s*\r?\n[^\n]*\n\s*)*0\s*\r?\n\s*SECTION\s*\r?\n/.test(head)) {
      throw new DxfImportError(`${fileName}: not a DXF file (a DXF starts with "0 / SECTION") / 不是 DXF 文件`, 'file');
    }
    ({ text, encoding } = decodeDxfBytes(bytes));
  }
  const tail = text.slice(-256);
  if (!/\n\s*0\s*\r?\n\s*EOF\s*$/.test(tail) && !/^\s*0\s*\r?\n\s*EOF/.test(tail)) {
    const lines = text.length > 0 ? text.split('\n').length : 0;
    throw new DxfImportError(
      `${fileName}: the file is cut short (it ends at line ${lines} without the closing "0 / EOF"); copy it again or save it again from CAD / 文件不完整（第 ${lines} 行处中断，缺少 EOF）`,
      'file',
    );
  }
  const t0 = performance.now();
  let dxf: IDxf | null;
  try {
    dxf = new DxfParser().parseSync(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new DxfImportError(`${fileName}: the DXF could not be read (${msg.slice(0, 200)}) / DXF 解析失败`, 'parse');
  }
  const parseMs = performance.now() - t0;
  if (!dxf) throw new DxfImportError(`${fileName}: the DXF could not be read / DXF 解析失败`, 'parse');
  const version = String((dxf.header?.$ACADVER as unknown) ?? '');
  return { dxf, version, encoding, binary, parseMs };
}

/** Model space of a parsed DXF as plain primitives. */
export function flatten(p: ParsedDxf): Drawing {
  const { dxf } = p;
  const segs: Seg[] = [];
  const arcs: Arc[] = [];
  const labels: Label[] = [];
  const loops: Loop[] = [];
  const inserts: Insert[] = [];
  const layers = new Map<string, LayerInfo>();
  const skipped: Record<string, number> = {};
  const blocks = dxf.blocks ?? {};
  for (const raw of Object.keys(dxf.tables?.layer?.layers ?? {})) {
    const name = uname(raw);
    layers.set(name, { name, counts: {}, total: 0 });
  }

  const count = (layer: string, type: string) => {
    let info = layers.get(layer);
    if (!info) layers.set(layer, (info = { name: layer, counts: {}, total: 0 }));
    info.counts[type] = (info.counts[type] ?? 0) + 1;
    info.total++;
  };
  const pushSeg = (m: M, x1: number, y1: number, x2: number, y2: number, layer: string, ins: number) => {
    const ax = apX(m, x1, y1);
    const ay = apY(m, x1, y1);
    const bx = apX(m, x2, y2);
    const by = apY(m, x2, y2);
    if (!Number.isFinite(ax + ay + bx + by)) return;
    if (ax === bx && ay === by) return;
    segs.push({ ax, ay, bx, by, layer, ins });
  };
  const pushArc = (m: M, cx: number, cy: number, r: number, a0: number, a1: number, layer: string, ins: number) => {
    if (!(r > 0) || !Number.isFinite(cx + cy + r)) return;
    const det = m[0] * m[3] - m[1] * m[2];
    const sx = Math.hypot(m[0], m[1]);
    const sy = Math.hypot(m[2], m[3]);
    let sweep = a1 - a0;
    while (sweep <= 0) sweep += 2 * Math.PI;
    if (Math.abs(sx - sy) > 1e-6 * Math.max(sx, sy)) {
      // Stretched by a non-uniform block scale: no longer a circle, drawn as segments.
      const n = Math.max(2, Math.ceil((ARC_STEPS * sweep) / (2 * Math.PI)));
      for (let i = 0; i < n; i++) {
        const t0 = a0 + (sweep * i) / n;
        const t1 = a0 + (sweep * (i + 1)) / n;
        pushSeg(m, cx + r * Math.cos(t0), cy + r * Math.sin(t0), cx + r * Math.cos(t1), cy + r * Math.sin(t1), layer, ins);
      }
      return;
    }
    const ncx = apX(m, cx, cy);
    const ncy = apY(m, cx, cy);
    const nr = r * Math.sqrt(Math.abs(det));
    if (sweep >= 2 * Math.PI - 1e-9) {
      arcs.push({ cx: ncx, cy: ncy, r: nr, a0: 0, a1: 2 * Math.PI, layer, ins });
      return;
    }
    const px0 = cx + r * Math.cos(a0);
    const py0 = cy + r * Math.sin(a0);
    const px1 = cx + r * Math.cos(a0 + sweep);
    const py1 = cy + r * Math.sin(a0 + sweep);
    let t0 = Math.atan2(apY(m, px0, py0) - ncy, apX(m, px0, py0) - ncx);
    let t1 = Math.atan2(apY(m, px1, py1) - ncy, apX(m, px1, py1) - ncx);
    if (det < 0) [t0, t1] = [t1, t0];
    while (t1 <= t0) t1 += 2 * Math.PI;
    arcs.push({ cx: ncx, cy: ncy, r: nr, a0: t0, a1: t1, layer, ins });
  };
  const polyline = (m: M, pts: Pt[], closed: boolean, layer: string, ins: number) => {
    const n = pts.length;
    if (n < 2) return;
    const first = pts[0];
    const lastPt = pts[n - 1];
    if (closed || (n > 3 && num(first.x) === num(lastPt.x) && num(first.y) === num(lastPt.y))) loopOf(m, pts, layer, ins);
    const last = closed ? n : n - 1;
    for (let i = 0; i < last; i++) {
      const a = pts[i];
      const b = pts[(i + 1) % n];
      const bulge = num(a.bulge);
      if (Math.abs(bulge) > 1e-9) {
        // Bulge = tan(θ/4) of the arc from a to b, positive counter-clockwise.
        const theta = 4 * Math.atan(bulge);
        const dx = num(b.x) - num(a.x);
        const dy = num(b.y) - num(a.y);
        const chord = Math.hypot(dx, dy);
        if (chord === 0) continue;
        const r = chord / (2 * Math.sin(Math.abs(theta) / 2));
        const mx = (num(a.x) + num(b.x)) / 2;
        const my = (num(a.y) + num(b.y)) / 2;
        const h = r * Math.cos(Math.abs(theta) / 2);
        const sgn = theta > 0 ? 1 : -1;
        const cx = mx - (sgn * dy * h) / chord;
        const cy = my + (sgn * dx * h) / chord;
        const sa = Math.atan2(num(a.y) - cy, num(a.x) - cx);
        const ea = Math.atan2(num(b.y) - cy, num(b.x) - cx);
        if (theta > 0) pushArc(m, cx, cy, r, sa, ea, layer, ins);
        else pushArc(m, cx, cy, r, ea, sa, layer, ins);
      } else {
        pushSeg(m, num(a.x), num(a.y), num(b.x), num(b.y), layer, ins);
      }
    }
  };

  const loopOf = (m: M, pts: Pt[], layer: string, ins: number) => {
    const ring: [number, number][] = [];
    const n = pts.length;
    for (let i = 0; i < n; i++) {
      const a = pts[i];
      const b = pts[(i + 1) % n];
      ring.push([apX(m, num(a.x), num(a.y)), apY(m, num(a.x), num(a.y))]);
      const bulge = num(a.bulge);
      if (Math.abs(bulge) > 1e-9) {
        // Points along the bulge's arc: its sagitta at k/steps of the chord, close enough for a room edge.
        const steps = 8;
        const theta = 4 * Math.atan(bulge);
        const dx = num(b.x) - num(a.x);
        const dy = num(b.y) - num(a.y);
        const chord = Math.hypot(dx, dy);
        if (chord === 0) continue;
        const r = chord / (2 * Math.sin(Math.abs(theta) / 2));
        const sgn = theta > 0 ? 1 : -1;
        const h = r * Math.cos(Math.abs(theta) / 2);
        const cx = (num(a.x) + num(b.x)) / 2 - (sgn * dy * h) / chord;
        const cy = (num(a.y) + num(b.y)) / 2 + (sgn * dx * h) / chord;
        const sa = Math.atan2(num(a.y) - cy, num(a.x) - cx);
        for (let k = 1; k < steps; k++) {
          const t = sa + (theta * k) / steps;
          const x = cx + r * Math.cos(t);
          const y = cy + r * Math.sin(t);
          ring.push([apX(m, x, y), apY(m, x, y)]);
        }
      }
    }
    const f = ring[0];
    const l = ring[ring.length - 1];
    if (ring.length > 3 && f[0] === l[0] && f[1] === l[1]) ring.pop();
    if (ring.length >= 3 && ring.every((p) => Number.isFinite(p[0] + p[1]))) loops.push({ pts: ring, layer, ins });
  };

  const visiting = new Set<string>();
  const walk = (ents: IEntity[], m: M, parentLayer: string | undefined, ins: number, depth: number) => {
    for (const e of ents) {
      if (e.inPaperSpace) continue;
      const own = uname(e.layer ?? '0');
      const layer = parentLayer !== undefined && own === '0' ? parentLayer : own;
      const a = e as unknown as Record<string, unknown>;
      const ez = num((a.extrusionDirectionZ as number) ?? (a.extrusionDirection as { z?: number } | undefined)?.z, 1);
      const om = ez < 0 ? mul(m, MIRROR_X) : m;
      if (parentLayer === undefined) count(layer, e.type);
      switch (e.type) {
        case 'LINE': {
          const v = a.vertices as Pt[] | undefined;
          if (v && v.length >= 2) pushSeg(m, num(v[0].x), num(v[0].y), num(v[1].x), num(v[1].y), layer, ins);
          break;
        }
        case 'LWPOLYLINE':
        case 'POLYLINE': {
          const v = (a.vertices as Pt[] | undefined) ?? [];
          if (a.is3dPolygonMesh || a.isPolyfaceMesh) break;
          polyline(om, v, !!a.shape, layer, ins);
          break;
        }
        case 'ARC': {
          const c = a.center as Pt | undefined;
          if (c) pushArc(om, num(c.x), num(c.y), num(a.radius as number), num(a.startAngle as number), num(a.endAngle as number), layer, ins);
          break;
        }
        case 'CIRCLE': {
          const c = a.center as Pt | undefined;
          if (c) pushArc(om, num(c.x), num(c.y), num(a.radius as number), 0, 2 * Math.PI, layer, ins);
          break;
        }
        case 'TEXT':
        case 'MTEXT': {
          const raw = typeof a.text === 'string' ? a.text : '';
          const text = plainText(raw);
          if (!text) break;
          const h = num((a.textHeight as number) ?? (a.height as number), 1);
          let x: number;
          let y: number;
          if (e.type === 'TEXT') {
            const sp = a.startPoint as Pt | undefined;
            const ep = a.endPoint as Pt | undefined;
            const aligned = num(a.halign as number) !== 0 || num(a.valign as number) !== 0;
            const p = aligned && ep ? ep : sp;
            if (!p) break;
            x = num(p.x);
            y = num(p.y);
            if (!aligned) {
              // Left-aligned: the label's middle is about half its width along the baseline and half a height up.
              const rot = (num(a.rotation as number) * Math.PI) / 180;
              const w = 0.8 * h * text.length * 0.5;
              x += w * Math.cos(rot) - 0.5 * h * Math.sin(rot);
              y += w * Math.sin(rot) + 0.5 * h * Math.cos(rot);
            }
          } else {
            const p = a.position as Pt | undefined;
            if (!p) break;
            x = num(p.x);
            y = num(p.y);
          }
          const wx = apX(om, x, y);
          const wy = apY(om, x, y);
          if (Number.isFinite(wx + wy)) labels.push({ x: wx, y: wy, text, height: h * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])), layer, ins });
          break;
        }
        case 'INSERT': {
          const rawName = String(a.name ?? '');
          const name = uname(rawName);
          const block = blocks[rawName] as IBlock | undefined;
          const pos = (a.position as Pt | undefined) ?? { x: 0, y: 0 };
          const sx = num(a.xScale as number, 1) || 1;
          const sy = num(a.yScale as number, 1) || 1;
          const rot = (num(a.rotation as number) * Math.PI) / 180;
          const base = block?.position ?? { x: 0, y: 0 };
          const c = Math.cos(rot);
          const s = Math.sin(rot);
          // T(pos) · R(rot) · S(sx, sy) · T(−base), in the insert's OCS.
          const local: M = [
            c * sx,
            s * sx,
            -s * sy,
            c * sy,
            num(pos.x) - (c * sx * num(base.x) - s * sy * num(base.y)),
            num(pos.y) - (s * sx * num(base.x) + c * sy * num(base.y)),
          ];
          const im = mul(om, local);
          let myIns = ins;
          if (depth === 0) {
            myIns = inserts.length;
            inserts.push({ name, layer, x: apX(om, num(pos.x), num(pos.y)), y: apY(om, num(pos.x), num(pos.y)), rotation: num(a.rotation as number), sx: ez < 0 ? -sx : sx, sy });
          }
          if (!block || depth >= MAX_DEPTH || visiting.has(name)) break;
          visiting.add(name);
          walk(block.entities ?? [], im, layer, myIns, depth + 1);
          visiting.delete(name);
          break;
        }
        default:
          if (parentLayer === undefined) skipped[e.type] = (skipped[e.type] ?? 0) + 1;
      }
    }
  };
  walk(dxf.entities ?? [], IDENTITY, undefined, -1, 0);
  const ins = dxf.header?.$INSUNITS;
  return {
    version: p.version,
    encoding: p.encoding,
    binary: p.binary,
    insunits: typeof ins === 'number' ? ins : undefined,
    segs,
    arcs,
    labels,
    loops,
    inserts,
    layers,
    skipped,
  };
}

/** Segments approximating an arc (for rasters and context lines). */
export function arcPoints(a: Arc, steps = ARC_STEPS): [number, number][] {
  let sweep = a.a1 - a.a0;
  if (sweep <= 0) sweep += 2 * Math.PI;
  const n = Math.max(2, Math.ceil((steps * sweep) / (2 * Math.PI)));
  const out: [number, number][] = [];
  for (let i = 0; i <= n; i++) {
    const t = a.a0 + (sweep * i) / n;
    out.push([a.cx + a.r * Math.cos(t), a.cy + a.r * Math.sin(t)]);
  }
  return out;
}
