/**
 * The import's result handed from the worker to the page in pieces. One message with the whole result is
 * one main-thread task (structured-clone decoding of the hall plus every mesh record) that grows with the
 * model; in pieces the hall comes first and the context geometry follows in messages of bounded size,
 * each its own task, with the page free to draw and take input in between.
 */
import type { ImportWarning } from './types';
import type { ContextGeometry, ContextMesh, FloorCut, ImportResult } from './types';

export type ImportPiece =
  | { kind: 'hall'; doc: ImportResult['doc']; warnings: ImportWarning[]; stats: ImportResult['stats']; meshes: number; cuts: number; pieces: number; hasContext: boolean }
  | { kind: 'meshes'; meshes: ContextMesh[] }
  | { kind: 'cuts'; cuts: FloorCut[] };

/** Geometry bytes in one piece; a mesh bigger than this travels alone. */
export const PIECE_BYTES = 1 << 20;

const meshBytes = (m: ContextMesh) => m.positions.byteLength + m.indices.byteLength;

/** The hall first, then meshes grouped up to `maxBytes` of buffers, then the plan cuts. */
export function splitResult(result: ImportResult, maxBytes = PIECE_BYTES): ImportPiece[] {
  const geometry: ImportPiece[] = [];
  let batch: ContextMesh[] = [];
  let bytes = 0;
  for (const m of result.context?.meshes ?? []) {
    if (batch.length && bytes + meshBytes(m) > maxBytes) {
      geometry.push({ kind: 'meshes', meshes: batch });
      batch = [];
      bytes = 0;
    }
    batch.push(m);
    bytes += meshBytes(m);
  }
  if (batch.length) geometry.push({ kind: 'meshes', meshes: batch });
  const cuts = result.context?.cuts ?? [];
  if (cuts.length) geometry.push({ kind: 'cuts', cuts });
  const hall: ImportPiece = {
    kind: 'hall',
    doc: result.doc,
    warnings: result.warnings,
    stats: result.stats,
    meshes: result.context?.meshes.length ?? 0,
    cuts: cuts.length,
    pieces: geometry.length + 1,
    hasContext: !!result.context,
  };
  return [hall, ...geometry];
}

/** Buffers a piece may transfer instead of copying (each once: a repeat throws). */
export function pieceTransferables(p: ImportPiece): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  if (p.kind === 'meshes') for (const m of p.meshes) for (const a of [m.positions, m.indices]) out.add(a.buffer as ArrayBuffer);
  if (p.kind === 'cuts') for (const c of p.cuts) out.add(c.segments.buffer as ArrayBuffer);
  return [...out];
}

/** Puts the pieces back together; `add` returns the result once the last piece announced by the hall is in. */
export class PieceAssembler {
  private hall?: Extract<ImportPiece, { kind: 'hall' }>;
  private readonly meshes: ContextMesh[] = [];
  private readonly cuts: FloorCut[] = [];
  private received = 0;

  get count(): number {
    return this.received;
  }

  add(p: ImportPiece): ImportResult | undefined {
    this.received++;
    if (p.kind === 'hall') this.hall = p;
    else if (!this.hall) throw new Error('IFC import: geometry arrived before the hall / 几何数据先于模型到达');
    else if (p.kind === 'meshes') this.meshes.push(...p.meshes);
    else this.cuts.push(...p.cuts);
    const h = this.hall;
    if (!h || this.received < h.pieces) return undefined;
    if (this.meshes.length !== h.meshes || this.cuts.length !== h.cuts)
      throw new Error(`IFC import: ${this.meshes.length}/${h.meshes} meshes and ${this.cuts.length}/${h.cuts} plan cuts arrived / 导入数据不完整`);
    const context: ContextGeometry | undefined = h.hasContext ? { meshes: this.meshes, cuts: this.cuts } : undefined;
    return { doc: h.doc, warnings: h.warnings, stats: h.stats, ...(context ? { context } : {}) };
  }
}
