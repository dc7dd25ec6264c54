/**
 * The check every edit passes before it is recorded: what the change added or altered must satisfy the same rules
 * the loader applies to a file (element schemas, the limits of src/core/limits.ts, the hall settings), so no move,
 * vertex drag, paste, array, typed value or import can leave a hall the loader would refuse. Only what changed is
 * looked at, so the check stays cheap on every step of a drag over a large hall.
 */
import { type Floor, FloorSchema, type HallDocument, HallDocumentSchema, MAX_ELEMENTS, MetaSchema } from './document';
import { formatPath } from './io';
import { type HallElement, KINDS } from './kinds/registry';
import { MAX_FLOOR_SPAN_M, elementPoints, floorSpanProblem } from './limits';

/** The most floors a hall may have (the schema's limit). */
export const MAX_FLOORS = 200;
/** Schema problems listed per refused change; more only repeat the same cause. */
const MAX_LISTED = 8;

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * A box known to hold each floor's geometry. It may be larger than the exact box (an element that moved inwards
 * still counts at its old place) but never smaller, so "the box fits" proves the floor fits; only a box that does
 * not fit is measured again exactly.
 */
const knownBox = new WeakMap<Floor, Box>();

/** The problems of `after` that the change from `before` brought in, each with its JSON path; empty when it may be kept. */
export function changeProblems(before: HallDocument, after: HallDocument): string[] {
  if (after === before) return [];
  const out: string[] = [];
  if (after.floors.length > MAX_FLOORS) out.push(`floors: ${after.floors.length} floors, more than ${MAX_FLOORS} / 楼层数 ${after.floors.length}，超过上限 ${MAX_FLOORS}`);
  let total = 0;
  for (const f of after.floors) total += f.elements.length;
  if (total > MAX_ELEMENTS) out.push(`floors: the hall would hold ${total} elements, more than ${MAX_ELEMENTS} / 元素数量 ${total}，超过上限 ${MAX_ELEMENTS}`);
  if (after.meta !== before.meta) {
    const r = MetaSchema.safeParse(after.meta);
    if (!r.success) for (const i of r.error.issues.slice(0, MAX_LISTED)) out.push(`meta${i.path.length ? `.${formatPath(i.path)}` : ''}: ${i.message}`);
  }
  after.floors.forEach((f, fi) => {
    const old = before.floors.find((b) => b.id === f.id);
    if (old !== f) out.push(...floorChangeProblems(old, f, fi));
  });
  return out.slice(0, MAX_LISTED * 2);
}

/** Problems of one floor the change altered: its own fields, its added or altered elements, and its span. */
function floorChangeProblems(old: Floor | undefined, f: Floor, fi: number): string[] {
  const out: string[] = [];
  if (!old || floorFieldsChanged(old, f)) {
    const r = FloorSchema.omit({ elements: true }).safeParse({ ...f, elements: undefined });
    if (!r.success) for (const i of r.error.issues.slice(0, MAX_LISTED)) out.push(`floors[${fi}]${i.path.length ? `.${formatPath(i.path)}` : ''}: ${i.message}`);
  }
  const before = old?.elements ?? [];
  // An edit replaces elements where they stand: an element at its old position is unchanged, and a set of the old
  // list (thousands on a large floor, on every drag step) is built only when the lists differ in length.
  let oldEls: Set<HallElement> | undefined;
  const kept = (el: HallElement, ei: number) => before[ei] === el || (before.length !== f.elements.length && (oldEls ??= new Set(before)).has(el));
  const box = old ? knownBox.get(old) : undefined;
  const grown: Box | undefined = box ? { ...box } : undefined;
  f.elements.forEach((el, ei) => {
    if (kept(el, ei)) return;
    const r = KINDS[el.kind]?.schema.safeParse(el);
    if (!r) out.push(`floors[${fi}].elements[${ei}]: unknown kind / 未知类型`);
    else if (!r.success) for (const i of r.error.issues.slice(0, 5)) out.push(`floors[${fi}].elements[${ei}]${i.path.length ? `.${formatPath(i.path)}` : ''}: ${i.message}`);
    if (grown) for (const p of elementPoints(el)) grow(grown, p);
  });
  if (grown && f.outline === old?.outline && fits(grown)) {
    knownBox.set(f, grown);
    return out;
  }
  const span = floorSpanProblem(f);
  if (span) out.push(`floors[${fi}]: ${span}`);
  else knownBox.set(f, exactBox(f));
  return out;
}

/** Whether anything but the element list differs (name, outline, underlay, levels). */
function floorFieldsChanged(a: Floor, b: Floor): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('elements');
  for (const k of keys) if (a[k as keyof Floor] !== b[k as keyof Floor]) return true;
  return false;
}

function grow(b: Box, p: unknown): void {
  if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') return;
  if (p[0] < b.minX) b.minX = p[0];
  if (p[0] > b.maxX) b.maxX = p[0];
  if (p[1] < b.minY) b.minY = p[1];
  if (p[1] > b.maxY) b.maxY = p[1];
}

function exactBox(f: Floor): Box {
  const b: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const p of f.outline ?? []) grow(b, p);
  for (const e of f.elements) for (const p of elementPoints(e)) grow(b, p);
  return b;
}

const fits = (b: Box) => !(b.maxX - b.minX > MAX_FLOOR_SPAN_M || b.maxY - b.minY > MAX_FLOOR_SPAN_M);

/**
 * A whole document brought into the editor from elsewhere (an import, a restored autosave): checked as the loader
 * checks a file. Returns the document with the schema's defaults in place, or the problems with their paths.
 */
export function documentProblems(doc: HallDocument): { ok: true; doc: HallDocument } | { ok: false; problems: string[] } {
  const r = HallDocumentSchema.safeParse(doc);
  if (r.success) return { ok: true, doc: r.data };
  return { ok: false, problems: r.error.issues.slice(0, MAX_LISTED * 2).map((i) => `${i.path.length ? formatPath(i.path) : '(document)'}: ${i.message}`) };
}
