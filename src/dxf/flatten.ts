/**
 * Model space of a parsed DXF as plain primitives, with every block INSERT exploded (nested blocks too;
 * entities on layer 0 inside a block take the INSERT's layer, as in AutoCAD). Block definitions that model
 * space never inserts are left out: an importer that drew every block would draw unreferenced copies of the
 * plan twice.
 */
import type { IBlock, IEntity } from 'dxf-parser';
import { apX, apY, det, IDENTITY, MIRROR_X, type M, mul } from './affine';
import type { HatchEntity } from './hatch';
import type { ParsedDxf } from './read';
import { DrawingSink, num, type Pt } from './sink';
import { plainText } from './text';
import type { Drawing, Insert, Label, LayerInfo } from './types';

const MAX_DEPTH = 8;

/** Layer and block names keep AutoCAD's \U+XXXX escapes in pre-2007 files (天正 layer 墙 is "\U+5899"). */
const uname = (s: string): string => (s.includes('\\U+') ? s.replace(/\\U\+([0-9A-Fa-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s);

type Raw = Record<string, unknown>;

/** Where a TEXT or MTEXT's middle is, in its own coordinates (undefined when it has no position). */
function labelAnchor(a: Raw, type: string, text: string, h: number): [number, number] | undefined {
  if (type !== 'TEXT') {
    const p = a.position as Pt | undefined;
    return p ? [num(p.x), num(p.y)] : undefined;
  }
  const sp = a.startPoint as Pt | undefined;
  const ep = a.endPoint as Pt | undefined;
  const aligned = num(a.halign as number) !== 0 || num(a.valign as number) !== 0;
  const p = aligned && ep ? ep : sp;
  if (!p) return undefined;
  if (aligned) return [num(p.x), num(p.y)];
  // Left-aligned: the label's middle is about half its width along the baseline and half a height up.
  const rot = (num(a.rotation as number) * Math.PI) / 180;
  const w = 0.8 * h * text.length * 0.5;
  return [num(p.x) + (w * Math.cos(rot) - 0.5 * h * Math.sin(rot)), num(p.y) + (w * Math.sin(rot) + 0.5 * h * Math.cos(rot))];
}

/** T(pos) · R(rot) · S(sx, sy) · T(−base): the block's own coordinates into the insert's OCS. */
function insertLocal(pos: Pt, base: Pt, rotDeg: number, sx: number, sy: number): M {
  const rot = (rotDeg * Math.PI) / 180;
  const c = Math.cos(rot);
  const s = Math.sin(rot);
  return [c * sx, s * sx, -s * sy, c * sy, num(pos.x) - (c * sx * num(base.x) - s * sy * num(base.y)), num(pos.y) - (s * sx * num(base.x) + c * sy * num(base.y))];
}

class Flattener {
  readonly sink = new DrawingSink();
  readonly labels: Label[] = [];
  readonly inserts: Insert[] = [];
  readonly layers = new Map<string, LayerInfo>();
  readonly skipped: Record<string, number> = {};
  private readonly visiting = new Set<string>();
  /** The model-space insert the attributes that follow belong to (ATTRIBs come after their INSERT), or -1. */
  private attribsOf = -1;

  constructor(private readonly blocks: Record<string, IBlock>) {}

  count(layer: string, type: string): void {
    let info = this.layers.get(layer);
    if (!info) this.layers.set(layer, (info = { name: layer, counts: {}, total: 0 }));
    info.counts[type] = (info.counts[type] ?? 0) + 1;
    info.total++;
  }

  walk(ents: IEntity[], m: M, parentLayer: string | undefined, ins: number, depth: number): void {
    for (const e of ents) {
      if (e.inPaperSpace) continue;
      const own = uname(e.layer ?? '0');
      const layer = parentLayer !== undefined && own === '0' ? parentLayer : own;
      const a = e as unknown as Raw;
      const ez = num((a.extrusionDirectionZ as number) ?? (a.extrusionDirection as { z?: number } | undefined)?.z, 1);
      const om = ez < 0 ? mul(m, MIRROR_X) : m;
      if (parentLayer === undefined) {
        this.count(layer, e.type);
        if (e.type === 'ATTRIB') this.attribute(a);
        else this.attribsOf = -1;
      }
      if (!this.entity(e.type, a, m, om, ez, layer, ins, depth) && parentLayer === undefined) this.skipped[e.type] = (this.skipped[e.type] ?? 0) + 1;
    }
  }

  /** One entity into the sink; false for a type the importer does not read. */
  private entity(type: string, a: Raw, m: M, om: M, ez: number, layer: string, ins: number, depth: number): boolean {
    const sink = this.sink;
    switch (type) {
      case 'LINE': {
        const v = a.vertices as Pt[] | undefined;
        if (v && v.length >= 2) sink.seg(m, num(v[0].x), num(v[0].y), num(v[1].x), num(v[1].y), layer, ins);
        return true;
      }
      case 'LWPOLYLINE':
      case 'POLYLINE':
        if (!a.is3dPolygonMesh && !a.isPolyfaceMesh) sink.polyline(om, (a.vertices as Pt[] | undefined) ?? [], !!a.shape, layer, ins);
        return true;
      case 'ARC':
      case 'CIRCLE': {
        const c = a.center as Pt | undefined;
        const full = type === 'CIRCLE';
        if (c) sink.arc(om, num(c.x), num(c.y), num(a.radius as number), full ? 0 : num(a.startAngle as number), full ? 2 * Math.PI : num(a.endAngle as number), layer, ins);
        return true;
      }
      case 'HATCH':
        sink.hatch(om, (a as unknown as HatchEntity).pathGroups ?? [], layer, ins);
        return true;
      case 'TEXT':
      case 'MTEXT':
        this.text(type, a, m, om, layer, ins);
        return true;
      case 'ATTRIB':
        // Placed like a TEXT; hidden attributes (a block's data, not drawn) are not read.
        if (!a.invisible) this.text('TEXT', a, m, om, layer, ins, String(a.tag ?? ''));
        return true;
      case 'INSERT':
        this.insert(a, om, ez, layer, ins, depth);
        return true;
      default:
        return false;
    }
  }

  /** A model-space attribute, hidden or not, kept on its insert by tag: a window's number, sill or height. */
  private attribute(a: Raw): void {
    const owner = this.inserts[this.attribsOf];
    const tag = String(a.tag ?? '').trim();
    if (!owner || !tag) return;
    owner.attrs ??= {};
    owner.attrs[tag.toUpperCase()] = typeof a.text === 'string' ? plainText(a.text) : '';
  }

  private text(type: string, a: Raw, m: M, om: M, layer: string, ins: number, tag?: string): void {
    const text = plainText(typeof a.text === 'string' ? a.text : '');
    if (!text) return;
    const h = num((a.textHeight as number) ?? (a.height as number), 1);
    const at = labelAnchor(a, type, text, h);
    if (!at) return;
    const wx = apX(om, at[0], at[1]);
    const wy = apY(om, at[0], at[1]);
    if (!Number.isFinite(wx + wy)) return;
    const label: Label = { x: wx, y: wy, text, height: h * Math.sqrt(Math.abs(det(m))), layer, ins };
    if (tag !== undefined) label.tag = tag;
    this.labels.push(label);
  }

  private insert(a: Raw, om: M, ez: number, layer: string, ins: number, depth: number): void {
    const rawName = String(a.name ?? '');
    const name = uname(rawName);
    const block = this.blocks[rawName] as IBlock | undefined;
    const pos = (a.position as Pt | undefined) ?? { x: 0, y: 0 };
    const sx = num(a.xScale as number, 1) || 1;
    const sy = num(a.yScale as number, 1) || 1;
    const rotation = num(a.rotation as number);
    const im = mul(om, insertLocal(pos, block?.position ?? { x: 0, y: 0 }, rotation, sx, sy));
    let myIns = ins;
    if (depth === 0) {
      myIns = this.inserts.length;
      this.inserts.push({ name, layer, x: apX(om, num(pos.x), num(pos.y)), y: apY(om, num(pos.x), num(pos.y)), rotation, sx: ez < 0 ? -sx : sx, sy });
      this.attribsOf = myIns;
    }
    if (!block || depth >= MAX_DEPTH || this.visiting.has(name)) return;
    this.visiting.add(name);
    this.walk(block.entities ?? [], im, layer, myIns, depth + 1);
    this.visiting.delete(name);
  }
}

/** Model space of a parsed DXF as plain primitives. */
export function flatten(p: ParsedDxf): Drawing {
  const { dxf } = p;
  const f = new Flattener(dxf.blocks ?? {});
  for (const raw of Object.keys(dxf.tables?.layer?.layers ?? {})) {
    const name = uname(raw);
    const hidden = p.hidden.get(raw);
    f.layers.set(name, { name, counts: {}, total: 0, ...(hidden ? { hidden } : {}) });
  }
  f.walk(dxf.entities ?? [], IDENTITY, undefined, -1, 0);
  const ins = dxf.header?.$INSUNITS;
  const { segs, arcs, loops, hatches } = f.sink;
  return {
    version: p.version,
    encoding: p.encoding,
    binary: p.binary,
    insunits: typeof ins === 'number' ? ins : undefined,
    segs,
    arcs,
    labels: f.labels,
    loops,
    hatches,
    inserts: f.inserts,
    layers: f.layers,
    skipped: f.skipped,
  };
}
