/**
 * A floor's CAD linework as the hall file keeps it (`Floor.lines`) and as the plan draws it: float32 segments per
 * layer role, written as base64 so a saved and reopened hall still shows the drawing it was traced from.
 */
import type { FloorLines } from '../core/document';
import type { DxfFloorLines, LayerRole } from './types';

/** Bytes per String.fromCharCode call: an argument list this long is safe in every engine. */
const CHUNK = 0x8000;

function toBase64(a: Float32Array): string {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  let s = '';
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(s);
}

function fromBase64(text: string): Float32Array {
  const s = atob(text);
  // Whole segments only: a file cut or edited by hand keeps what it still holds.
  const n = Math.floor(s.length / 16) * 16;
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = s.charCodeAt(i);
  return new Float32Array(bytes.buffer);
}

/** The linework of one floor as the hall file keeps it, named after the drawing it came from. */
export function floorLinesData(lines: DxfFloorLines, name: string): FloorLines {
  const byRole: Record<string, string> = {};
  for (const [role, segs] of Object.entries(lines.byRole)) if (segs && segs.length > 0) byRole[role] = toBase64(segs);
  return { name, byRole, ...(lines.axes?.length ? { axes: lines.axes } : {}) };
}

/** The linework a hall file keeps under floor `floorId`, to draw. */
export function floorLinesOf(floorId: string, data: FloorLines): DxfFloorLines {
  const byRole: Partial<Record<LayerRole, Float32Array>> = {};
  for (const [role, text] of Object.entries(data.byRole)) byRole[role as LayerRole] = fromBase64(text);
  return { floorId, byRole, ...(data.axes?.length ? { axes: data.axes } : {}) };
}
