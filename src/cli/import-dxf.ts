/**
 * `halltwin import FILE.dxf -o OUT.hall.json [--units mm] [--layers walls=A-WALL,doors=A-DOOR] [--frames 1,2|all]
 * [--no-drawing]`: a CAD floor plan (AutoCAD, 中望CAD, 浩辰CAD, 天正 saved as DXF) into a hall, the drawing's linework
 * kept under its floors unless `--no-drawing` leaves it out. Exit 0 ok, 2 bad input.
 */
import type { HallDocument } from '../core/document';
import { serializeHall } from '../core/io';
import { ELEMENT_KINDS, KINDS } from '../core/kinds/registry';
import type { DxfFloorLines, DxfImportStats } from '../dxf/types';
import type { Term } from '../core/vocab';
import type { CliIO } from './io';

/** The CLI has no UI language: a message in both, English first (as the IFC import's warnings). */
const both = (t: Term) => `${t.en} / ${t.zh}`;

export async function runDxf(file: string, out: string, flags: Record<string, string | true>, io: CliIO): Promise<number> {
  const { importDxf, parseLayerSpec, parseUnit, analyseDxf, buildHall, axisRuns, DxfImportError } = await import('../dxf');
  const errText = (e: unknown) => (e instanceof DxfImportError ? both(e.text) : e instanceof Error ? e.message : String(e));
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes(file);
  } catch (e) {
    io.err(`${file}: cannot read (${e instanceof Error ? e.message : String(e)})`);
    return 2;
  }
  const opts: Parameters<typeof importDxf>[1] = { fileName: file.split(/[\\/]/).pop() };
  if (typeof flags.units === 'string') {
    const u = parseUnit(flags.units);
    if (!u) {
      io.err(`--units: "${flags.units}" is not one of mm, cm, m, in, ft / 单位应为 mm、cm、m、in、ft`);
      return 2;
    }
    opts.units = u;
  }
  if (typeof flags.layers === 'string') {
    try {
      opts.layers = parseLayerSpec(flags.layers);
    } catch (e) {
      io.err(errText(e));
      return 2;
    }
  }
  try {
    let session = analyseDxf(bytes, opts);
    if (opts.layers) {
      const named = layersNamed(
        opts.layers,
        session.analysis.layers.map((l) => l.name),
      );
      if (typeof named === 'string') {
        io.err(named);
        return 2;
      }
      // Layer names typed in another case (walls=wall for "Wall"), as AutoCAD reads them: analysed again under the drawing's own names.
      if (Object.keys(named).some((k) => !(k in opts.layers!))) session = analyseDxf(bytes, { ...opts, layers: named });
      opts.layers = named;
    }
    const frames = session.analysis.frames;
    if (typeof flags.frames === 'string') {
      if (flags.frames === 'all') opts.frames = frames.map((_, i) => i);
      else {
        const list = flags.frames.split(',').map((s) => Number(s.trim()) - 1);
        const bad = list.find((i) => !Number.isInteger(i) || i < 0 || i >= frames.length);
        if (bad !== undefined) {
          io.err(`--frames: the drawing has ${frames.length} plan frame(s), numbered 1 to ${frames.length} / 图中共有 ${frames.length} 个平面范围`);
          return 2;
        }
        opts.frames = list;
      }
    }
    const res = buildHall(session, opts);
    if (flags.quiet !== true) {
      for (const w of res.warnings) io.err(`warning: ${both(w)}`);
      if (res.alignedOn.length) io.err(`note: floors lined up on grid axes ${axisRuns(res.alignedOn)}`);
      if (frames.length > 1 && typeof flags.frames !== 'string') {
        io.err(`note: ${frames.length} plan frames found; imported ${res.analysis.proposedFrames.map((i) => i + 1).join(', ')} (choose with --frames 1,2 or --frames all)`);
      }
    }
    const { floorLinesData } = await import('../dxf/floor-lines');
    const name = opts.fileName ?? file;
    io.write(out, serializeHall(flags['no-drawing'] === true ? res.doc : withLines(res.doc, res.context, (c) => floorLinesData(c, name))));
    const s = res.stats;
    io.out(`${file} → ${out}: ${res.doc.floors.length} floor(s), ${madeText(s)}; unit ${res.analysis.units.unit} (${res.analysis.units.from}) (${Math.round(s.totalMs)} ms)`);
    return 0;
  } catch (e) {
    io.err(errText(e));
    return 2;
  }
}

/**
 * The drawing's linework under the floors it was imported into, as the editor saves it: the file opened in the
 * editor shows the drawing it was traced from, as a hall imported there and saved does.
 */
function withLines(doc: HallDocument, context: DxfFloorLines[], encode: (c: DxfFloorLines) => NonNullable<HallDocument['floors'][number]['lines']>): HallDocument {
  const byFloor = new Map(context.map((c) => [c.floorId, c]));
  return {
    ...doc,
    floors: doc.floors.map((f) => {
      const c = byFloor.get(f.id);
      return c ? { ...f, lines: encode(c) } : f;
    }),
  };
}

/**
 * `--layers` against the drawing's layers: each name as the drawing writes it (matched without case, as AutoCAD's
 * layer names are), or the message naming the layers that are not in the drawing and the ones that are.
 */
function layersNamed<R>(spec: Record<string, R>, layers: string[]): Record<string, R> | string {
  const out: Record<string, R> = {};
  const missing: string[] = [];
  for (const [name, role] of Object.entries(spec)) {
    const real = layers.find((l) => l === name) ?? layers.find((l) => l.toLowerCase() === name.toLowerCase());
    if (real === undefined) missing.push(name);
    else out[real] = role;
  }
  if (missing.length === 0) return out;
  const list = layers.slice(0, 30).join(', ') + (layers.length > 30 ? ', …' : '');
  const m = missing.join(', ');
  return `--layers: no layer ${m} in the drawing (its layers: ${list}) / --layers：图中没有图层 ${m}（图中图层：${list}）`;
}

/** "180 walls, 25 doors, 40 zones (40 named)": each kind the import made, by its label, in registry order. */
function madeText(s: DxfImportStats): string {
  return ELEMENT_KINDS.filter((k) => s.elements[k] > 0)
    .map((k) => {
      const n = s.elements[k];
      const noun = KINDS[k].label.en.toLowerCase();
      return `${n} ${noun}${n === 1 ? '' : 's'}${k === 'zone' ? ` (${s.namedZones} named)` : ''}`;
    })
    .join(', ');
}
