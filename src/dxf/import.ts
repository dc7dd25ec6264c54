/**
 * DXF → hall document. Pure domain code (dxf-parser only): runs in Node (CLI, tests) and in a Web Worker.
 * Two steps so the import dialog can ask before building: analyseDxf (parse, propose layer roles, unit,
 * frames) and buildHall (walls, doors, rooms, obstacles, outline and context lines per chosen frame).
 * importDxf does both with the proposals (or the options' overrides).
 */
import { HallDocumentSchema, MetaSchema, type Floor, type HallDocument } from '../core/document';
import type { HallElement } from '../core/kinds/registry';
import { area, ensureCCW, pointInPolygon, type Polygon } from '../core/geometry/polygon';
import { simpleRing } from '../ifc/valid-hall';
import { guessZoneType } from '../ifc/zone-type';
import { DOOR_MAX, DOOR_MIN, findDoors, type DoorFound } from './doors';
import { DxfImportCancelled, DxfImportError } from './errors';
import { findFrames, proposeFrames } from './frames';
import { isWindowBlockName, proposeLayers, roleMap } from './layers';
import { isRoomName, joinNames } from './names';
import { connectedGroups, obstacleHull } from './obstacles';
import { floodLabel, regionPolygon, regions, rasterise, roomRegions, type Barrier } from './raster';
import { arcPoints, flatten, parseDxfBytes } from './read';
import type { Arc, Drawing, DxfAnalysis, DxfFloorLines, DxfImportOptions, DxfImportResult, DxfStage, Frame, Label, LayerRole, Loop, Seg } from './types';
import { UNIT_METRES, chooseUnit, unitFromHeader } from './units';
import { pairFaces, tidyWalls, typicalThickness, type WallLine } from './walls';

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** A parsed drawing and what it is proposed to hold; the worker keeps it between the dialog's two steps. */
export interface DxfSession {
  drawing: Drawing;
  analysis: DxfAnalysis;
  parseMs: number;
  bytes: number;
  t0: number;
}

function check(signal: AbortSignal | undefined) {
  if (signal?.aborted) throw new DxfImportCancelled();
}

/** Step 1: read the file and propose layer roles, the unit and the frames. */
export function analyseDxf(bytes: Uint8Array, opts: DxfImportOptions = {}): DxfSession {
  const t0 = performance.now();
  const fileName = opts.fileName ?? 'drawing.dxf';
  const progress = (s: DxfStage, f: number) => opts.onProgress?.(s, f);
  progress('read', 0);
  check(opts.signal);
  const parsed = parseDxfBytes(bytes, fileName);
  progress('parse', 1);
  check(opts.signal);
  const drawing = flatten(parsed);
  const warnings: string[] = [];
  if (drawing.segs.length === 0 && drawing.arcs.length === 0) {
    const what = drawing.labels.length ? `only ${drawing.labels.length} text(s)` : 'nothing';
    throw new DxfImportError(`${fileName}: model space holds ${what} — no linework to read a plan from / 模型空间没有可识别的线条，不是平面图`, 'plan');
  }
  const layers = proposeLayers(drawing, opts.layers);
  progress('layers', 0.5);
  const analysis = analyse(drawing, fileName, layers, opts, warnings);
  analysis.version = parsed.version;
  progress('layers', 1);
  return { drawing, analysis, parseMs: parsed.parseMs, bytes: bytes.length, t0 };
}

function analyse(drawing: Drawing, fileName: string, layers: DxfAnalysis['layers'], opts: DxfImportOptions, warnings: string[]): DxfAnalysis {
  const roles = roleMap(layers);
  const isWall = (l: string) => roles.get(l) === 'wall';
  const drawn = drawing.segs.filter((s) => {
    const r = roles.get(s.layer);
    return r !== 'ignore' && r !== 'dimension' && r !== 'axis' && r !== 'hatch';
  });
  const frames = findFrames(drawn.length ? drawn : drawing.segs, isWall, drawing.labels);
  const strays = drawn.length - drawn.filter((s) => frames.some((f) => inFrame(f, (s.ax + s.bx) / 2, (s.ay + s.by) / 2))).length;
  if (strays > 0 && frames.length > 0) warnings.push(`${strays} entities lie far from the plan and were left out / ${strays} 个远离平面的图元已忽略`);
  const main = frames[0];
  const width = main ? main.maxX - main.minX : 0;
  const height = main ? main.maxY - main.minY : 0;
  // Evidence for the unit: faces paired with a generous gap (a twentieth of the plan), door swing radii.
  const wallSegs = drawing.segs.filter((s) => isWall(s.layer) && (!main || inFrame(main, s.ax, s.ay)));
  const span = Math.max(width, height);
  const pairs = pairFaces(wallSegs, span / 20, span / 400);
  const thick = typicalThickness(pairs);
  const doorRadii = drawing.arcs
    .filter((a) => {
      const sw = a.a1 - a.a0;
      const r = roles.get(a.layer);
      return sw > Math.PI / 3 && sw < (2 * Math.PI) / 3 && (r === 'door' || r === 'window' || a.ins >= 0);
    })
    .slice(0, 400)
    .map((a) => a.r);
  const header = unitFromHeader(drawing.insunits);
  let units: DxfAnalysis['units'];
  if (opts.units) units = { unit: opts.units, metres: UNIT_METRES[opts.units], from: 'option' };
  else {
    const c = chooseUnit(header, { width, height, wallThickness: thick, doorRadii });
    units = { unit: c.unit, metres: UNIT_METRES[c.unit], from: c.fromHeader ? 'header' : 'guess' };
    if (!c.fromHeader) {
      units.headerSaid = header ?? 'unitless';
      warnings.push(
        header
          ? `$INSUNITS says ${header}, but the plan measures like ${c.unit} (${r3(width * UNIT_METRES[c.unit])} m wide); using ${c.unit} — set the unit if this is wrong / 图纸单位标为 ${header}，按尺寸判断应为 ${c.unit}`
          : `the drawing sets no unit ($INSUNITS); it measures like ${c.unit} (${r3(width * UNIT_METRES[c.unit])} m wide) — set the unit if this is wrong / 图纸未设单位，按尺寸判断为 ${c.unit}`,
      );
    }
  }
  const widthM = width * units.metres;
  const heightM = height * units.metres;
  return {
    fileName,
    version: drawing.version,
    encoding: drawing.encoding,
    binary: drawing.binary,
    layers,
    units,
    frames,
    proposedFrames: proposeFrames(frames),
    widthM,
    heightM,
    warnings,
  };
}

function inFrame(f: Frame, x: number, y: number): boolean {
  const mx = (f.maxX - f.minX) * 0.02;
  const my = (f.maxY - f.minY) * 0.02;
  return x >= f.minX - mx && x <= f.maxX + mx && y >= f.minY - my && y <= f.maxY + my;
}

interface Ids {
  n: Map<string, number>;
}
function nextId(ids: Ids, floor: string, prefix: string): string {
  const k = `${floor}-${prefix}`;
  const n = (ids.n.get(k) ?? 0) + 1;
  ids.n.set(k, n);
  return `${floor.toLowerCase()}-${prefix}-${String(n).padStart(3, '0')}`;
}

/** Step 2: build the hall from a session, with the user's roles, unit and frames (the proposals when absent). */
export function buildHall(session: DxfSession, opts: DxfImportOptions = {}): DxfImportResult {
  const { drawing } = session;
  const base = session.analysis;
  const fileName = opts.fileName ?? base.fileName;
  const warnings = [...base.warnings];
  // The dialog's choices: roles re-proposed only where the user changed them.
  const layers = opts.layers ? base.layers.map((l) => (opts.layers?.[l.name] ? { ...l, role: opts.layers[l.name], by: 'name' as const } : l)) : base.layers;
  const units = opts.units ? { unit: opts.units, metres: UNIT_METRES[opts.units], from: 'option' as const } : base.units;
  const analysis: DxfAnalysis = { ...base, layers, units, warnings };
  const roles = roleMap(layers);
  const role = (layer: string): LayerRole => roles.get(layer) ?? 'other';
  if (!layers.some((l) => l.role === 'wall')) {
    const names = layers
      .map((l) => l.name)
      .slice(0, 20)
      .join(', ');
    throw new DxfImportError(
      `${fileName}: no layer holds walls (layers: ${names}); this does not look like a floor plan. Choose the wall layer in the dialog or pass --layers walls=LAYER / 未找到墙体图层，可能不是建筑平面图；请指定墙图层`,
      'layers',
    );
  }
  const f = units.metres;
  const frameIdx = (opts.frames ?? base.proposedFrames).filter((i) => i >= 0 && i < base.frames.length);
  if (frameIdx.length === 0) throw new DxfImportError(`${fileName}: no plan frame chosen / 未选择平面图范围`, 'plan');
  const widthM = Math.max(...frameIdx.map((i) => (base.frames[i].maxX - base.frames[i].minX) * f));
  const heightM = Math.max(...frameIdx.map((i) => (base.frames[i].maxY - base.frames[i].minY) * f));
  if (Math.max(widthM, heightM) > 2000) {
    throw new DxfImportError(
      `${fileName}: the plan would be ${Math.round(widthM)} × ${Math.round(heightM)} m in ${units.unit} — too large for a building; check the unit / 按 ${units.unit} 计平面尺寸过大，请检查单位`,
      'units',
    );
  }
  if (Math.max(widthM, heightM) < 2) {
    throw new DxfImportError(
      `${fileName}: the plan would be only ${r3(widthM)} × ${r3(heightM)} m in ${units.unit} — too small for a building; check the unit, or this is not a floor plan / 按 ${units.unit} 计平面过小，请检查单位或确认是平面图`,
      'units',
    );
  }
  const floors: Floor[] = [];
  const context: DxfFloorLines[] = [];
  const stats = { walls: 0, doors: 0, zones: 0, obstacles: 0, namedZones: 0 };
  const ids: Ids = { n: new Map() };
  frameIdx.forEach((fi, k) => {
    check(opts.signal);
    const frame = base.frames[fi];
    const floorId = `F${k + 1}`;
    const built = buildFloor(drawing, frame, f, role, floorId, ids, (s, x) => opts.onProgress?.(s, (k + x) / frameIdx.length), warnings, opts.signal);
    const name = frame.title ?? `${k + 1}F`;
    floors.push({
      id: floorId,
      name: name.slice(0, 100),
      storey: k + 1,
      elevation: r3(k * 4.5),
      height: 4.5,
      ...(built.outline ? { outline: built.outline } : {}),
      elements: built.elements,
    });
    context.push({ floorId, byRole: built.lines });
    for (const e of built.elements) {
      if (e.kind === 'wall') stats.walls++;
      else if (e.kind === 'opening') stats.doors++;
      else if (e.kind === 'zone') {
        stats.zones++;
        if (e.name) stats.namedZones++;
      } else if (e.kind === 'obstacle') stats.obstacles++;
    }
  });
  if (stats.walls === 0) {
    throw new DxfImportError(
      `${fileName}: no walls could be read from the wall layer(s) (${layers
        .filter((l) => l.role === 'wall')
        .map((l) => l.name)
        .join(', ')}) — a wall is drawn as two parallel lines / 墙图层中没有识别出墙体（墙应为两条平行线）`,
      'plan',
    );
  }
  const hallName = (opts.hallName ?? fileName.replace(/\.dxf$/i, '')).slice(0, 200) || 'DXF';
  const docIn = { format: 'halltwin', version: 1, meta: MetaSchema.parse({ name: hallName, source: { kind: 'dxf', fileName: fileName.slice(0, 200) } }), floors };
  const doc = validDocument(docIn as HallDocument, warnings);
  opts.onProgress?.('done', 1);
  const totalMs = performance.now() - session.t0;
  return { doc, warnings, analysis, context, stats: { bytes: session.bytes, ...stats, parseMs: session.parseMs, totalMs } };
}

/** The schema's answer; elements it refuses are dropped with a warning rather than losing the import. */
function validDocument(doc: HallDocument, warnings: string[]): HallDocument {
  for (let attempt = 0; attempt < 5; attempt++) {
    const res = HallDocumentSchema.safeParse(doc);
    if (res.success) return res.data;
    const drop = new Map<number, Set<number>>();
    let fixedOutline = false;
    for (const issue of res.error.issues) {
      const [a, fi, b, ei] = issue.path as (string | number)[];
      if (a === 'floors' && b === 'elements' && typeof fi === 'number' && typeof ei === 'number') {
        const set = drop.get(fi) ?? new Set();
        set.add(ei);
        drop.set(fi, set);
      } else if (a === 'floors' && b === 'outline' && typeof fi === 'number') {
        delete doc.floors[fi].outline;
        fixedOutline = true;
      }
    }
    if (drop.size === 0 && !fixedOutline) throw new DxfImportError(`the imported hall is not valid: ${res.error.issues[0]?.message} / 导入结果无效`, 'plan');
    for (const [fi, set] of drop) {
      const els = doc.floors[fi].elements;
      const gone = new Set([...set].map((i) => els[i]?.id));
      doc.floors[fi].elements = els.filter((e, i) => !set.has(i) && !(e.kind === 'opening' && e.wallId && gone.has(e.wallId) && (delete (e as { wallId?: string }).wallId, false)));
      warnings.push(`${set.size} element(s) of floor ${doc.floors[fi].id} could not be used / ${set.size} 个图元无法使用`);
    }
  }
  return HallDocumentSchema.parse(doc);
}

interface Built {
  elements: HallElement[];
  outline?: Polygon;
  lines: Partial<Record<LayerRole, Float32Array>>;
}

function buildFloor(
  d: Drawing,
  frame: Frame,
  f: number,
  role: (l: string) => LayerRole,
  floorId: string,
  ids: Ids,
  progress: (s: DxfStage, x: number) => void,
  warnings: string[],
  signal?: AbortSignal,
): Built {
  const ox = frame.minX;
  const oy = frame.minY;
  const toX = (x: number) => (x - ox) * f;
  const toY = (y: number) => (y - oy) * f;
  const segs: Seg[] = [];
  for (const s of d.segs)
    if (inFrame(frame, (s.ax + s.bx) / 2, (s.ay + s.by) / 2) && role(s.layer) !== 'ignore') segs.push({ ...s, ax: toX(s.ax), ay: toY(s.ay), bx: toX(s.bx), by: toY(s.by) });
  const arcs: Arc[] = [];
  for (const a of d.arcs) if (inFrame(frame, a.cx, a.cy) && role(a.layer) !== 'ignore') arcs.push({ ...a, cx: toX(a.cx), cy: toY(a.cy), r: a.r * f });
  const labels: Label[] = [];
  for (const l of d.labels) if (inFrame(frame, l.x, l.y)) labels.push({ ...l, x: toX(l.x), y: toY(l.y), height: l.height * f });
  const loops: Loop[] = [];
  for (const l of d.loops)
    if (l.pts.length && inFrame(frame, l.pts[0][0], l.pts[0][1]) && role(l.layer) !== 'ignore')
      loops.push({ ...l, pts: l.pts.map(([x, y]) => [toX(x), toY(y)] as [number, number]) });
  const inserts = d.inserts.map((i) => ({ ...i, x: toX(i.x), y: toY(i.y) }));
  const fw = (frame.maxX - frame.minX) * f;
  const fh = (frame.maxY - frame.minY) * f;
  const inFrameM = (x: number, y: number) => x >= -0.05 * fw && x <= 1.05 * fw && y >= -0.05 * fh && y <= 1.05 * fh;

  // Walls.
  progress('walls', 0);
  const wallSegs = segs.filter((s) => role(s.layer) === 'wall');
  const pairs = pairFaces(wallSegs, 0.8, 0.1).filter((p) => p.thickness >= 0.05 && p.thickness <= 0.8);
  let walls: WallLine[] = tidyWalls(pairs.map((p) => ({ a: [p.ax, p.ay], b: [p.bx, p.by], thickness: p.thickness })));
  if (walls.length === 0 && wallSegs.length > 0) {
    // Walls drawn as single lines: each long one a 200 mm wall.
    walls = tidyWalls(wallSegs.filter((s) => Math.hypot(s.bx - s.ax, s.by - s.ay) >= 0.5).map((s) => ({ a: [s.ax, s.ay], b: [s.bx, s.by], thickness: 0.2 })));
    if (walls.length) warnings.push(`floor ${floorId}: walls are single lines; each was given a thickness of 200 mm / 墙为单线，按 200 mm 厚处理`);
  }
  check(signal);
  progress('doors', 0);

  // Doors.
  const doorLayers = new Set<string>();
  const skipLayers = new Set<string>();
  for (const l of d.layers.keys()) {
    const r = role(l);
    if (r === 'door' || r === 'window') doorLayers.add(l);
    if (r === 'ignore' || r === 'dimension' || r === 'hatch' || r === 'axis' || r === 'text') skipLayers.add(l);
  }
  const doorsFound = findDoors({ arcs: arcs.filter((a) => a.ins < 0 || inFrame(frame, d.inserts[a.ins].x, d.inserts[a.ins].y)), segs, inserts, doorLayers, skipLayers, walls });
  const elements: HallElement[] = [];
  const wallEls = walls.map((w) => ({
    kind: 'wall' as const,
    id: nextId(ids, floorId, 'wall'),
    a: [r3(w.a[0]), r3(w.a[1])] as [number, number],
    b: [r3(w.b[0]), r3(w.b[1])] as [number, number],
    thickness: r3(Math.max(0.01, w.thickness)),
  }));
  const doorEls: HallElement[] = [];
  for (const door of doorsFound) {
    if (door.width < DOOR_MIN * 0.9 || door.width > DOOR_MAX * 2.2) continue;
    const host = hostWall(door, wallEls, ids, floorId);
    doorEls.push({
      kind: 'opening',
      id: nextId(ids, floorId, 'door'),
      ...(host ? { wallId: host.id } : {}),
      position: [r3(host?.at[0] ?? door.x), r3(host?.at[1] ?? door.y)],
      rotation: r3(door.rotation),
      width: r3(door.width),
      height: 2.1,
      entrance: 'none',
      step: 0,
    } as HallElement);
  }
  elements.push(...wallEls, ...doorEls);
  check(signal);

  // Rooms and the outline.
  progress('rooms', 0);
  const barriers: Barrier[] = [];
  for (const w of wallEls) barriers.push({ ax: w.a[0], ay: w.a[1], bx: w.b[0], by: w.b[1], width: w.thickness });
  const ins = (s: { ins: number }) => s.ins;
  const doorInserts = new Set<number>();
  for (const a of arcs) if (a.ins >= 0 && a.a1 - a.a0 > Math.PI / 3 && a.a1 - a.a0 < (2 * Math.PI) / 3) doorInserts.add(a.ins);
  // Window blocks close their wall's gap wherever they sit (A_000217 keeps them on its furniture layer).
  const windowInserts = new Set<number>();
  d.inserts.forEach((x, i) => {
    if (isWindowBlockName(x.name)) windowInserts.add(i);
  });
  // So do blocks placed on a wall's line (sliding doors, shop fronts, windows under other names).
  inserts.forEach((x, i) => {
    if (windowInserts.has(i) || !inFrameM(x.x, x.y)) return;
    for (const w of wallEls) {
      const dx = w.b[0] - w.a[0];
      const dy = w.b[1] - w.a[1];
      const L2 = dx * dx + dy * dy;
      if (L2 === 0) continue;
      const t = Math.max(0, Math.min(1, ((x.x - w.a[0]) * dx + (x.y - w.a[1]) * dy) / L2));
      if (Math.hypot(x.x - w.a[0] - t * dx, x.y - w.a[1] - t * dy) <= w.thickness / 2 + 0.05) {
        windowInserts.add(i);
        return;
      }
    }
  });
  for (const s of segs) {
    const r = role(s.layer);
    const blocking = r === 'wall' || r === 'window' || r === 'column' || r === 'door' || windowInserts.has(s.ins);
    if (blocking && !doorInserts.has(ins(s))) barriers.push({ ax: s.ax, ay: s.ay, bx: s.bx, by: s.by, width: 0 });
  }
  for (const a of arcs) {
    const r = role(a.layer);
    if ((r === 'wall' || r === 'column') && a.ins < 0) {
      const pts = arcPoints(a, 24);
      for (let i = 1; i < pts.length; i++) barriers.push({ ax: pts[i - 1][0], ay: pts[i - 1][1], bx: pts[i][0], by: pts[i][1], width: 0 });
    }
  }
  for (const door of doorEls) {
    if (door.kind !== 'opening') continue;
    const rad = (door.rotation * Math.PI) / 180;
    const hw = door.width / 2;
    barriers.push({
      ax: door.position[0] - Math.cos(rad) * hw,
      ay: door.position[1] - Math.sin(rad) * hw,
      bx: door.position[0] + Math.cos(rad) * hw,
      by: door.position[1] + Math.sin(rad) * hw,
      width: 0.05,
    });
  }
  const raster = rasterise(barriers, 0.1);
  const reg = regions(raster);
  check(signal);
  const { w: RW, h: RH, res } = raster;
  // The building: the largest group of cells the outside does not reach.
  const comp = new Int32Array(RW * RH);
  const notOutside = new Uint8Array(RW * RH);
  for (let i = 0; i < RW * RH; i++) notOutside[i] = reg.lab[i] === 1 ? 0 : 1;
  const stack = new Int32Array(RW * RH);
  let bestComp = 0;
  let bestSize = 0;
  let bestStart = -1;
  let nComp = 0;
  for (let i = 0; i < RW * RH; i++) {
    if (!notOutside[i] || comp[i]) continue;
    nComp++;
    // Scanning in index order, the first cell of a component is its lowest, then leftmost.
    const size = floodLabel(comp, RW, RH, i, nComp, notOutside, stack);
    if (size > bestSize) {
      bestSize = size;
      bestComp = nComp;
      bestStart = i;
    }
  }
  let outline: Polygon | undefined;
  if (bestStart >= 0) outline = regionPolygon(raster, (i) => comp[i] === bestComp, bestStart);
  if (!outline && walls.length) {
    warnings.push(`floor ${floorId}: the outer walls do not close; the outline is the walls' extent / 外墙未闭合，轮廓取墙体范围`);
  }
  if (outline) outline = ensureCCW(outline.map(([x, y]) => [r3(x), r3(y)] as [number, number]));
  if (outline && !simpleRing(outline)) outline = undefined;

  // Zones: drawn room outlines first (天正 房间 objects, SPACE/房间 layers), then regions the walls enclose.
  const nameLabels = labels.filter((l) => (role(l.layer) === 'text' || role(l.layer) === 'room' || role(l.layer) === 'other') && isRoomName(l.text));
  const usedLabels = new Set<Label>();
  const zones: HallElement[] = [];
  for (const loop of loops) {
    if (role(loop.layer) !== 'room') continue;
    let poly = ensureCCW(loop.pts.map(([x, y]) => [r3(x), r3(y)] as [number, number]));
    if (!simpleRing(poly)) continue;
    const a = area(poly);
    if (a < 1) continue;
    const inside = nameLabels.filter((l) => pointInPolygon([l.x, l.y], poly));
    inside.forEach((l) => usedLabels.add(l));
    const name = joinNames(inside);
    zones.push(zoneEl(ids, floorId, poly, name));
    poly = [];
  }
  const roomLoops = zones.map((z) => (z.kind === 'zone' ? z.polygon : []));
  const roomLoopsOnly = roomLoops.length > 0 && nameLabels.every((l) => usedLabels.has(l) || roomLoops.some((p) => pointInPolygon([l.x, l.y], p)));
  // Every name already sits in a drawn room outline: the wall-enclosed regions add nothing.
  const rooms = roomLoopsOnly ? reg : roomRegions(raster, reg, 0.45);
  const byRegion = new Map<number, Label[]>();
  for (const l of nameLabels) {
    if (usedLabels.has(l)) continue;
    if (roomLoops.some((p) => pointInPolygon([l.x, l.y], p))) continue;
    const cx = Math.floor((l.x - raster.ox) / res);
    const cy = Math.floor((l.y - raster.oy) / res);
    let id = 0;
    // Text drawn over a wall line: the nearest room cell within 0.3 m.
    for (let rr = 0; rr <= 3 && id < 2; rr++)
      for (let dy = -rr; dy <= rr && id < 2; dy++)
        for (let dx = -rr; dx <= rr && id < 2; dx++) {
          const x = cx + dx;
          const y = cy + dy;
          if (x >= 0 && y >= 0 && x < RW && y < RH) id = rooms.lab[y * RW + x];
        }
    if (id < 2) continue;
    const list = byRegion.get(id) ?? [];
    list.push(l);
    byRegion.set(id, list);
  }
  const starts = new Map<number, number>();
  if (!roomLoopsOnly)
    for (let i = 0; i < RW * RH; i++) {
      const id = rooms.lab[i];
      if (id >= 2 && !starts.has(id)) starts.set(id, i);
    }
  const noLoops = roomLoops.length === 0;
  for (const [id, start] of starts) {
    if (comp[start] !== bestComp) continue;
    const cells = rooms.size[id];
    const m2 = cells * res * res;
    const named = byRegion.get(id);
    // Unnamed regions: rooms of at least 2 m² that are not the thin gap inside a wall, and not the whole floor.
    if (!named && (!noLoops || m2 < 2)) continue;
    const poly = regionPolygon(raster, (i) => rooms.lab[i] === id, start);
    if (!poly) continue;
    const ring = ensureCCW(poly.map(([x, y]) => [r3(x), r3(y)] as [number, number]));
    if (!simpleRing(ring)) continue;
    const a = area(ring);
    let perim = 0;
    for (let i = 0; i < ring.length; i++) perim += Math.hypot(ring[(i + 1) % ring.length][0] - ring[i][0], ring[(i + 1) % ring.length][1] - ring[i][1]);
    if (!named && a / perim < 0.3) continue;
    zones.push(zoneEl(ids, floorId, ring, named ? joinNames(named) : ''));
  }
  elements.push(...zones);
  check(signal);

  // Columns and furniture.
  const obstacles: HallElement[] = [];
  const addObstacle = (poly: Polygon | undefined, height: number) => {
    if (!poly) return;
    const ring = ensureCCW(poly.map(([x, y]) => [r3(x), r3(y)] as [number, number]));
    if (simpleRing(ring)) obstacles.push({ kind: 'obstacle', id: nextId(ids, floorId, 'obst'), polygon: ring, height } as HallElement);
  };
  const doorLike = new Set<number>(doorInserts);
  d.inserts.forEach((ins, i) => {
    if (/dorlib|winlib|door|window|门|窗/i.test(ins.name)) doorLike.add(i);
  });
  for (const r of ['column', 'furniture'] as const) {
    const [minA, maxA, height] = r === 'column' ? [0.01, 6, 4] : [0.05, 40, 1];
    const layerLoops = loops.filter((l) => role(l.layer) === r && l.ins < 0);
    for (const l of layerLoops) addObstacle(obstacleHull(l.pts, minA, maxA), height);
    for (const a of arcs) if (role(a.layer) === r && a.ins < 0 && a.a1 - a.a0 >= 2 * Math.PI - 1e-6) addObstacle(obstacleHull(arcPoints(a, 12).slice(0, -1), minA, maxA), height);
    // Blocks on the layer: each insert one obstacle.
    const byIns = new Map<number, [number, number][]>();
    for (const s of segs)
      if (s.ins >= 0 && role(d.inserts[s.ins].layer) === r && !doorLike.has(s.ins)) (byIns.get(s.ins) ?? byIns.set(s.ins, []).get(s.ins))?.push([s.ax, s.ay], [s.bx, s.by]);
    for (const a of arcs)
      if (a.ins >= 0 && role(d.inserts[a.ins].layer) === r && !doorLike.has(a.ins)) (byIns.get(a.ins) ?? byIns.set(a.ins, []).get(a.ins))?.push(...arcPoints(a, 8));
    for (const pts of byIns.values()) addObstacle(obstacleHull(pts, minA, maxA), height);
    // Loose lines: connected groups, but not the ones already closed polylines.
    const loose = segs.filter((s) => s.ins < 0 && role(s.layer) === r);
    const loopPts = new Set<string>();
    for (const l of layerLoops) for (const p of l.pts) loopPts.add(`${Math.round(p[0] * 1000)},${Math.round(p[1] * 1000)}`);
    const inLoop = (s: Seg) => loopPts.has(`${Math.round(s.ax * 1000)},${Math.round(s.ay * 1000)}`);
    for (const g of connectedGroups(
      loose.filter((s) => !inLoop(s)),
      0.02,
    ))
      addObstacle(obstacleHull(g, minA, maxA), height);
  }
  elements.push(...obstacles);

  // Context: every drawn line by role.
  const lines: Partial<Record<LayerRole, number[]>> = {};
  const push = (r: LayerRole, ax: number, ay: number, bx: number, by: number) => (lines[r] ?? (lines[r] = [])).push(ax, ay, bx, by);
  for (const s of segs) push(role(s.layer), s.ax, s.ay, s.bx, s.by);
  for (const a of arcs) {
    const pts = arcPoints(a, 24);
    for (let i = 1; i < pts.length; i++) push(role(a.layer), pts[i - 1][0], pts[i - 1][1], pts[i][0], pts[i][1]);
  }
  const out: Partial<Record<LayerRole, Float32Array>> = {};
  for (const [k, v] of Object.entries(lines)) out[k as LayerRole] = new Float32Array(v);
  progress('rooms', 1);
  return { elements, outline, lines: out };
}

function zoneEl(ids: Ids, floorId: string, polygon: Polygon, name: string): HallElement {
  return {
    kind: 'zone',
    id: nextId(ids, floorId, 'zone'),
    ...(name ? { name } : {}),
    type: guessZoneType(name),
    also: [],
    polygon,
  } as HallElement;
}

type WallEl = { kind: 'wall'; id: string; a: [number, number]; b: [number, number]; thickness: number };

/**
 * The wall a door sits in: one whose centreline passes through the opening; else, when the drawing broke
 * the wall at the door (the usual way), a new piece of wall across the gap, as thick as its neighbour, so
 * the hall's wall runs on and the door cuts it.
 */
function hostWall(door: DoorFound, walls: WallEl[], ids: Ids, floorId: string): { id: string; at: [number, number] } | undefined {
  const rad = (door.rotation * Math.PI) / 180;
  const ux = Math.cos(rad);
  const uy = Math.sin(rad);
  let best: { w: WallEl; d: number; t: number; L: number } | undefined;
  for (const w of walls) {
    const dx = w.b[0] - w.a[0];
    const dy = w.b[1] - w.a[1];
    const L = Math.hypot(dx, dy);
    if (L === 0 || Math.abs(dx * uy - dy * ux) > 0.2 * L) continue;
    const t = ((door.x - w.a[0]) * dx + (door.y - w.a[1]) * dy) / L;
    const d = Math.abs((door.x - w.a[0]) * dy - (door.y - w.a[1]) * dx) / L;
    if (d > w.thickness / 2 + 0.15) continue;
    if (t < -door.width || t > L + door.width) continue;
    if (!best || d < best.d) best = { w, d, t, L };
  }
  if (!best) return undefined;
  const { w, t, L } = best;
  const ax = (w.b[0] - w.a[0]) / L;
  const ay = (w.b[1] - w.a[1]) / L;
  if (t >= door.width / 2 && t <= L - door.width / 2) return { id: w.id, at: [w.a[0] + ax * t, w.a[1] + ay * t] };
  // The door is in the gap beyond this wall's end: fill the gap on the wall's line.
  const px = w.a[0] + ax * t;
  const py = w.a[1] + ay * t;
  const filler: WallEl = {
    kind: 'wall',
    id: nextId(ids, floorId, 'wall'),
    a: [r3(px - (ax * door.width) / 2), r3(py - (ay * door.width) / 2)],
    b: [r3(px + (ax * door.width) / 2), r3(py + (ay * door.width) / 2)],
    thickness: w.thickness,
  };
  walls.push(filler);
  return { id: filler.id, at: [px, py] };
}

/** Both steps with the proposals (or the options' overrides): what the CLI and tests call. */
export function importDxf(bytes: Uint8Array, opts: DxfImportOptions = {}): DxfImportResult {
  return buildHall(analyseDxf(bytes, opts), opts);
}
