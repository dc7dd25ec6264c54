/**
 * References between elements, read from each kind's `refs`: which element hosts another (a door's wall), what a copy
 * points at, and the loader's check that a named element exists and is of the kind named.
 */
import type { RefField } from './base';
import { type ElementKind, type HallElement, KINDS, kindOf } from './registry';

const NONE: readonly RefField[] = [];
const refsOf = (el: HallElement): readonly RefField[] => kindOf(el).refs ?? NONE;
const read = (el: HallElement, key: string): unknown => (el as unknown as Record<string, unknown>)[key];

/** The element `el` sits in, if its kind has a host and it names one. */
export function hostOf(el: HallElement): string | undefined {
  for (const r of refsOf(el)) {
    const id = read(el, r.key);
    if (r.host && typeof id === 'string') return id;
  }
  return undefined;
}

/** Whether a click on both picks `other` before `el`: `el` names it in a ref that says so (RefField.pickedAfter). */
export function pickedBefore(el: HallElement, other: HallElement): boolean {
  return refsOf(el).some((r) => r.pickedAfter?.includes(other.kind) && read(el, r.key) === other.id);
}

/** The kinds some kind's refs name as a host (a wall, for doors and windows); undefined when a host ref names no kind. */
let hostKinds: ReadonlySet<string> | undefined | null = null;

/** Whether `el` may host other elements: a seat or a counter carries nothing along when it moves or goes. */
export function mayHost(el: HallElement): boolean {
  // Read from the registry on first use, not at load: the registry's kinds import this module.
  if (hostKinds === null) {
    const refs = Object.values(KINDS).flatMap((k) => (k as { refs?: readonly RefField[] }).refs ?? NONE);
    const hosts = refs.filter((r) => r.host);
    hostKinds = hosts.every((r) => r.kind !== undefined) ? new Set(hosts.map((r) => r.kind!)) : undefined;
  }
  return !hostKinds || hostKinds.has(el.kind);
}

/** `el` with its host kept: a move that drops the host (a door moved alone leaves its wall) undone when the host moved too. */
export function withHostOf(before: HallElement, after: HallElement, moved: ReadonlySet<string>): HallElement {
  const host = hostOf(before);
  if (!host || !moved.has(host) || hostOf(after) === host) return after;
  const r = refsOf(before).find((x) => x.host)!;
  return { ...after, [r.key]: host } as HallElement;
}

/**
 * The references of `copy`, a copy of `from`, given the copies' ids by original id: each names the copy of what `from`
 * named; a host not copied is dropped (a pasted door stands free rather than in the original's wall), any other
 * reference stays as it was.
 */
export function remapRefs(from: HallElement, copy: HallElement, copyOf: ReadonlyMap<string, string>): HallElement {
  let out = copy;
  for (const r of refsOf(from)) {
    const id = read(from, r.key);
    if (typeof id !== 'string') continue;
    out = { ...out, [r.key]: copyOf.get(id) ?? (r.host ? undefined : id) } as HallElement;
  }
  return out;
}

/** A reference the loader refuses: the field and why (an unknown element, or one of the wrong kind). */
export interface RefProblem {
  key: string;
  message: string;
}

/** What is wrong with `el`'s references, given every element's kind by id (the floors' ids map to "floor"). */
export function refProblems(el: HallElement, kindById: ReadonlyMap<string, string>): RefProblem[] {
  const out: RefProblem[] = [];
  for (const r of refsOf(el)) {
    const id = read(el, r.key);
    if (typeof id !== 'string' || !r.kind) continue;
    const says = r.says ?? { zh: '引用', en: 'refers to' };
    const is = kindById.get(id);
    const zh = KINDS[r.kind as ElementKind]?.label.zh ?? r.kind;
    if (is === undefined) out.push({ key: r.key, message: `${says.en} unknown ${r.kind} "${id}" / ${says.zh}${zh}“${id}”不存在` });
    else if (is !== r.kind) out.push({ key: r.key, message: `${says.en} "${id}", which is a ${is}, not a ${r.kind} / ${says.zh}“${zh}”不是${zh}` });
  }
  return out;
}
