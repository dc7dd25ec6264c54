/**
 * A hall rule's findings kept from one version of the hall to the next while none of the elements it reads was
 * added, removed, replaced or reordered on any floor. Seats are points, so dragging one re-runs every rule that
 * reads points; a rule that reads only cameras (or doors, zones, walls) then answers from what it found before,
 * after a walk over the floor that changed comparing element identities where the two versions differ.
 */
import type { Floor, HallDocument } from '../core/document';
import type { HallElement } from '../core/kinds/registry';
import type { Finding, RuleContext } from './types';

interface Kept {
  floors: readonly Floor[];
  findings: Finding[];
}

/** Per settings object (a change of preset, level or overrides makes a new one), then per rule. */
const memo = new WeakMap<HallDocument['meta'], Map<string, Kept>>();

/** Counts since start, for tests that want to see which path a rule took. */
export const keptFindingsStats = { kept: 0, computed: 0 };

/** The floor's settings a rule may read besides its elements. */
const sameSettings = (a: Floor, b: Floor): boolean =>
  a.id === b.id && a.name === b.name && a.storey === b.storey && a.elevation === b.elevation && a.height === b.height && a.outline === b.outline;

/** Whether the elements `reads` picks out are the same objects in the same order in both lists. */
function sameRead(prev: readonly HallElement[], next: readonly HallElement[], reads: (e: HallElement) => boolean): boolean {
  if (prev === next) return true;
  if (prev.length === next.length) {
    // An edit replaces elements where they stand: only the positions that differ can hold a change it reads.
    for (let i = 0; i < next.length; i++) if (prev[i] !== next[i] && (reads(prev[i]) || reads(next[i]))) return false;
    return true;
  }
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < prev.length && !reads(prev[i])) i++;
    while (j < next.length && !reads(next[j])) j++;
    if (i === prev.length || j === next.length) return i === prev.length && j === next.length;
    if (prev[i++] !== next[j++]) return false;
  }
}

function unchanged(prev: readonly Floor[], next: readonly Floor[], reads: (e: HallElement) => boolean): boolean {
  if (prev.length !== next.length) return false;
  for (let k = 0; k < next.length; k++) {
    const a = prev[k];
    const b = next[k];
    if (a !== b && !(sameSettings(a, b) && sameRead(a.elements, b.elements, reads))) return false;
  }
  return true;
}

/**
 * `compute()`'s findings for rule `ruleId`, or those of an earlier version of the hall with the same settings
 * when no element `reads` accepts changed since. The findings must depend on nothing but those elements, the
 * floors' settings and the hall's settings.
 */
export function keptFindings(ruleId: string, ctx: RuleContext, reads: (e: HallElement) => boolean, compute: () => Finding[]): Finding[] {
  const { meta, floors } = ctx.doc;
  let m = memo.get(meta);
  if (!m) memo.set(meta, (m = new Map()));
  const hit = m.get(ruleId);
  if (hit && unchanged(hit.floors, floors, reads)) {
    hit.floors = floors;
    keptFindingsStats.kept++;
    return hit.findings;
  }
  keptFindingsStats.computed++;
  const findings = compute();
  m.set(ruleId, { floors, findings });
  return findings;
}
