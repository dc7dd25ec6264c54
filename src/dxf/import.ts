/**
 * DXF → hall document. Pure domain code (dxf-parser only): runs in Node (CLI, tests) and in a Web Worker.
 * Two steps so the import dialog can ask before building: analyseDxf (parse, propose layer roles, unit,
 * frames) and buildHall (walls, doors, rooms, obstacles, outline and context lines per chosen frame).
 * importDxf does both with the proposals (or the options' overrides).
 */
import { MetaSchema, type Floor, type HallDocument } from '../core/document';
import { ELEMENT_KINDS } from '../core/kinds/registry';
import type { Term } from '../core/vocab';
import { analyse } from './analyse';
import { alignFrames } from './axes';
import { DxfImportCancelled, DxfImportError } from './errors';
import { buildFloor } from './floor';
import { r3, type Ids } from './ids';
import { proposeLayers, roleMap } from './layers';
import { flatten } from './flatten';
import { sheetStoreys, sheetTitles, storeyFloorName, storeyOrder } from './names';
import { floorsFraction } from './progress';
import { parseDxfBytes } from './read';
import { stageClock, type StageClock } from './stage-clock';
import type { Drawing, DxfAnalysis, DxfFloorLines, DxfImportOptions, DxfImportResult, DxfImportStats, DxfStage, LayerRole } from './types';
import { planSizeProblem } from './plan-size';
import { UNIT_METRES } from './units';
import { untypedRoomsNote } from './untyped-rooms';
import { validDocument } from './valid-document';
import { joinVLinks } from './vlink-floors';

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
  const clock = stageClock(opts.onStage);
  clock.at('read');
  progress('read', 0);
  check(opts.signal);
  const parsed = parseDxfBytes(bytes, fileName, clock);
  progress('parse', 1);
  check(opts.signal);
  clock.at('flatten');
  const drawing = flatten(parsed);
  const warnings: Term[] = [];
  if (drawing.segs.length === 0 && drawing.arcs.length === 0) {
    const n = drawing.labels.length;
    throw new DxfImportError(
      {
        zh: `${fileName}：模型空间${n ? `只有 ${n} 个文字` : '是空的'}，没有可识别平面图的线条`,
        en: `${fileName}: model space holds ${n ? `only ${n} text(s)` : 'nothing'} — no linework to read a plan from`,
      },
      'plan',
    );
  }
  clock.at('layers');
  const layers = proposeLayers(drawing, opts.layers);
  progress('layers', 0.5);
  const analysis = analyse(drawing, fileName, layers, opts, warnings, clock);
  analysis.version = parsed.version;
  progress('layers', 1);
  return { drawing, analysis, parseMs: parsed.parseMs, bytes: bytes.length, t0 };
}

/** The dialog's choices over the proposals: roles re-proposed only where the user changed them, the unit when set. */
function chosen(base: DxfAnalysis, opts: DxfImportOptions, warnings: Term[]): DxfAnalysis {
  const layers = opts.layers ? base.layers.map((l) => (opts.layers?.[l.name] ? { ...l, role: opts.layers[l.name], by: 'name' as const } : l)) : base.layers;
  const units = opts.units ? { unit: opts.units, metres: UNIT_METRES[opts.units], from: 'option' as const } : base.units;
  return { ...base, layers, units, warnings };
}

function requireWallLayer(fileName: string, layers: DxfAnalysis['layers']): void {
  if (layers.some((l) => l.role === 'wall')) return;
  const names = layers
    .map((l) => l.name)
    .slice(0, 20)
    .join(', ');
  throw new DxfImportError(
    {
      zh: `${fileName}：没有图层被识别为墙（图层：${names}），可能不是建筑平面图。请在对话框中指定墙图层，或用 --layers walls=图层名`,
      en: `${fileName}: no layer holds walls (layers: ${names}); this does not look like a floor plan. Choose the wall layer in the dialog or pass --layers walls=LAYER`,
    },
    'layers',
  );
}

/** The chosen frames, refused when none is chosen or the plan would not be building-sized in the chosen unit. */
function chosenFrames(fileName: string, a: DxfAnalysis, frames: number[] | undefined): number[] {
  // The proposal goes by the storeys the titles name; frames given are stacked in the order given.
  const frameIdx = (frames ?? storeyOrder(a.proposedFrames, (i) => a.frames[i].title)).filter((i) => i >= 0 && i < a.frames.length);
  if (frameIdx.length === 0) throw new DxfImportError({ zh: `${fileName}：未选择平面图范围`, en: `${fileName}: no plan frame chosen` }, 'plan');
  const size = planSizeProblem(
    fileName,
    frameIdx.map((i) => a.frames[i]),
    a.units.unit,
    a.units.metres,
  );
  if (size) throw new DxfImportError(size, 'units');
  return frameIdx;
}

type Counts = Omit<DxfImportStats, 'bytes' | 'parseMs' | 'totalMs'>;

/** What the floors hold per kind, and how many zones the drawing's text named. */
function countElements(floors: Floor[]): Pick<Counts, 'elements' | 'namedZones'> {
  const elements = Object.fromEntries(ELEMENT_KINDS.map((k) => [k, 0])) as Counts['elements'];
  let namedZones = 0;
  for (const f of floors)
    for (const e of f.elements) {
      elements[e.kind]++;
      if (e.kind === 'zone' && e.name) namedZones++;
    }
  return { elements, namedZones };
}

/** One floor per chosen frame, bottom storey first, with its context lines, lined up on the axes they share. */
function buildFloors(
  drawing: Drawing,
  a: DxfAnalysis,
  frameIdx: number[],
  opts: DxfImportOptions,
  clock: StageClock,
): { floors: Floor[]; context: DxfFloorLines[]; alignedOn: string[]; roomsFrom: DxfImportStats['roomsFrom'] } {
  const roles = roleMap(a.layers);
  const role = (layer: string): LayerRole => roles.get(layer) ?? 'other';
  const floors: Floor[] = [];
  const context: DxfFloorLines[] = [];
  const roomsFrom: DxfImportStats['roomsFrom'] = [];
  const ids: Ids = { n: new Map() };
  const { origins, shared } = alignFrames(frameIdx.map((i) => a.frames[i]));
  const titles = sheetTitles(
    frameIdx.map((i) => a.frames[i].title),
    opts.fileName ?? a.fileName,
  );
  const storeys = sheetStoreys(titles);
  frameIdx.forEach((fi, k) => {
    check(opts.signal);
    const frame = a.frames[fi];
    const floorId = `F${k + 1}`;
    const progress = (s: DxfStage, x: number) => opts.onProgress?.(s, floorsFraction(s, x, k, frameIdx.length));
    const built = buildFloor({ drawing, frame, origin: origins[k], metres: a.units.metres, role, floorId, ids, progress, warnings: a.warnings, signal: opts.signal, clock });
    floors.push({
      id: floorId,
      name: storeyFloorName(titles[k], storeys[k]),
      storey: storeys[k],
      elevation: r3(k * 4.5),
      height: 4.5,
      ...(built.outline ? { outline: built.outline } : {}),
      elements: built.elements,
    });
    context.push({ floorId, byRole: built.lines, ...(built.axes.length ? { axes: built.axes } : {}) });
    roomsFrom.push(built.roomsFrom);
  });
  return { floors, context, alignedOn: shared, roomsFrom };
}

/** Step 2: build the hall from a session, with the user's roles, unit and frames (the proposals when absent). */
export function buildHall(session: DxfSession, opts: DxfImportOptions = {}): DxfImportResult {
  const base = session.analysis;
  const fileName = opts.fileName ?? base.fileName;
  const warnings = [...base.warnings];
  const analysis = chosen(base, opts, warnings);
  requireWallLayer(fileName, analysis.layers);
  const frameIdx = chosenFrames(fileName, analysis, opts.frames);
  const clock = stageClock(opts.onStage);
  const { floors, context, alignedOn, roomsFrom } = buildFloors(session.drawing, analysis, frameIdx, opts, clock);
  clock.at('document');
  const vlinks = joinVLinks(floors);
  const stats: Counts = { ...countElements(floors), vlinks, roomsFrom };
  if (stats.elements.wall === 0) {
    const wallLayers = analysis.layers
      .filter((l) => l.role === 'wall')
      .map((l) => l.name)
      .join(', ');
    throw new DxfImportError(
      {
        zh: `${fileName}：墙图层（${wallLayers}）中没有识别出墙体（墙应画成两条平行线）`,
        en: `${fileName}: no walls could be read from the wall layer(s) (${wallLayers}) — a wall is drawn as two parallel lines`,
      },
      'plan',
    );
  }
  const untyped = untypedRoomsNote(floors);
  if (untyped) warnings.push(untyped);
  const hallName = (opts.hallName ?? fileName.replace(/\.dxf$/i, '')).slice(0, 200) || 'DXF';
  const docIn = { format: 'halltwin', version: 1, meta: MetaSchema.parse({ name: hallName, source: { kind: 'dxf', fileName: fileName.slice(0, 200) } }), floors };
  const doc = validDocument(docIn as HallDocument, warnings);
  opts.onProgress?.('done', 1);
  const totalMs = performance.now() - session.t0;
  return { doc, alignedOn, warnings, analysis, context, stats: { bytes: session.bytes, ...stats, parseMs: session.parseMs, totalMs } };
}

/** Both steps with the proposals (or the options' overrides): what the CLI and tests call. */
export function importDxf(bytes: Uint8Array, opts: DxfImportOptions = {}): DxfImportResult {
  return buildHall(analyseDxf(bytes, opts), opts);
}
