/** Attribute values of a model's lines as web-ifc gives them, and what the readers that work on lines need of a model. */
import type { IfcAPI } from 'web-ifc';

export type Line = any;

export const str = (v: any): string | undefined => {
  const x = v?.value ?? v;
  // web-ifc has decoded the STEP escapes already (and our text reader takes only texts without any).
  return typeof x === 'string' && x !== '' ? x : undefined;
};
export const num = (v: any): number | undefined => {
  const x = v?.value ?? v?._representationValue ?? v;
  const n = typeof x === 'string' ? Number(x) : x;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};
export const ref = (v: any): number | undefined => (v && typeof v === 'object' && v.type === 5 && typeof v.value === 'number' ? v.value : typeof v === 'number' ? v : undefined);
export const refs = (v: any): number[] => (Array.isArray(v) ? v.map(ref).filter((x): x is number => x !== undefined) : []);

/** Lines of an open model (ModelReader is one): what the readers of door hosts, units and property sets use. */
export interface LineSource {
  readonly api: IfcAPI;
  readonly model: number;
  /** The file writes `*` for attributes that are not derived (see star-lines.ts). */
  readonly starred: boolean;
  line(id: number | undefined): Line | undefined;
  lines(ids: readonly number[]): (Line | undefined)[];
  ids(type: number): number[];
}
