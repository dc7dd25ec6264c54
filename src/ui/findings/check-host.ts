/**
 * The check worker's side of the live check, without the worker itself (check.worker.ts wires it to `self`).
 * Documents arrive as patches against the previous one (src/core/sync.ts), so unchanged floors and elements keep
 * their identity here and the checker's caches carry over from one edit to the next.
 *
 * After a hall opens, the first check is cold and full; the first edit then runs code the full check never ran
 * (patches, change detection, field repair, the rules' re-runs), and V8 compiled it during the user's first drag:
 * about a second of CPU on a large hall, competing with the software WebGL that draws each frame. So once the page
 * has been quiet for a moment after an opening, the host checks a throw-away drag (a seat moved step by step, each
 * step sent through the same patch code) and then the hall again, each step a task of its own: a real message
 * arriving in between is answered first and ends the warm-up. What the page sees is unchanged (the incremental
 * checker's results equal a full check's after any sequence of documents).
 */
import type { HallDocument } from '../../core';
import { groundFloor } from '../../core/entrances';
import { applyDocPatch, diffDoc, type DocPatch } from '../../core/sync';
import type { CheckResult } from '../../rules/types';
import { findingRefs, type SentResult } from './finding-refs';
import { sameResult } from './same-result';

export interface Checker {
  check(doc: HallDocument): CheckResult;
}

export interface CheckReply {
  seq: number;
  resend?: boolean;
  same?: boolean;
  /** Findings the page holds from the last result go as their index there (./finding-refs.ts). */
  result?: SentResult;
  error?: string;
  ms: number;
}

/** The quiet after an opening's check before the warm-up starts (ms): the page is showing the new hall then. */
export const WARM_AFTER_MS = 400;
/**
 * Throw-away edits in a warm-up: V8 optimises a function once it has run often enough, and the re-check's code
 * reached that only after a hundred or so checks (in Node, a first 60-step drag on the county sample cost 1.2 s of
 * CPU against 0.5 s for the next, and the same with optimisation turned off): one edit compiles it, a drag's worth
 * optimises it.
 */
export const WARM_STEPS = 60;

/**
 * Where a warm-up drags: a seat in the middle of the floor a hall opens on (the ground floor, where a user's first
 * edit most likely is: its first edit also builds that floor's own re-check state), or of the floor with the most
 * seats; any point element where there is no seat. Undefined for a hall with no point element.
 */
function warmSeat(doc: HallDocument): { floor: number; id: string } | undefined {
  const ground = groundFloor(doc);
  const pointsOn = (i: number, seats: boolean) => doc.floors[i].elements.filter((e) => e.kind === 'point' && (!seats || e.pointKind === 'seat')).map((e) => e.id);
  const order = doc.floors
    .map((_, i) => i)
    .sort((a, b) => Number(doc.floors[b] === ground) - Number(doc.floors[a] === ground) || pointsOn(b, true).length - pointsOn(a, true).length);
  for (const seats of [true, false]) {
    for (const i of order) {
      const ids = pointsOn(i, seats);
      if (ids.length) return { floor: i, id: ids[Math.floor(ids.length / 2)] };
    }
  }
  return undefined;
}

/**
 * Step `k` of the warm-up's drag: the hall with its seat moved as a hand drags it, back and forth along its row over
 * 0.5–5 m, alternately 0.5 m aside (so it leaves and enters cells and fields are repaired, as in a real drag).
 * Undefined for a hall with no point element.
 */
export function warmEdit(doc: HallDocument, k = 0, seat = warmSeat(doc)): HallDocument | undefined {
  if (!seat) return undefined;
  const half = 0.5;
  const dx = half * (1 + (k % 10)) * (Math.floor(k / 10) % 2 ? -1 : 1);
  const dy = half * (k % 2);
  const floors = doc.floors.slice();
  floors[seat.floor] = {
    ...doc.floors[seat.floor],
    elements: doc.floors[seat.floor].elements.map((e) => (e.id === seat.id && e.kind === 'point' ? { ...e, position: [e.position[0] + dx, e.position[1] + dy] } : e)),
  };
  return { ...doc, floors };
}

/**
 * The worker's message handler: `post` answers the page, `later` runs a function in a task of its own after `ms`
 * (and returns a cancel). Returns the handler for each patch the page sends.
 */
export function checkHost(checker: Checker, post: (r: CheckReply) => void, later: (fn: () => void, ms: number) => () => void): (patch: DocPatch) => void {
  let held: { seq: number; doc: HallDocument } | undefined;
  /** The last result sent: the page holds it too. */
  let sent: CheckResult | undefined;
  let cancelWarm: (() => void) | undefined;

  /**
   * The throw-away drag, then the hall as held: one task per step, stopped once a message from the page has come.
   * Each step goes through the patch code a real edit takes.
   */
  const warm = (k: number, from: { seq: number; doc: HallDocument }, seat = warmSeat(from.doc)) => {
    const last = k === WARM_STEPS;
    const prev = k === 0 ? from.doc : warmEdit(from.doc, k - 1, seat);
    const next = last ? from.doc : warmEdit(from.doc, k, seat);
    if (!prev || !next) return;
    try {
      // The last step checks the held hall itself: the caches keyed by its floors are the ones the next edit finds.
      checker.check(last ? from.doc : applyDocPatch(prev, diffDoc(prev, next, from.seq + k + 1, from.seq + k)));
    } catch {
      // A warm-up that fails costs nothing: the next real check reports what is wrong.
      return;
    }
    cancelWarm = last ? undefined : later(() => warm(k + 1, from, seat), 0);
  };

  return (patch) => {
    cancelWarm?.();
    cancelWarm = undefined;
    const t0 = performance.now();
    if (patch.base >= 0 && held?.seq !== patch.base) {
      post({ seq: patch.seq, resend: true, ms: 0 });
      return;
    }
    try {
      const doc = applyDocPatch(held?.doc, patch);
      held = { seq: patch.seq, doc };
      // A full copy (a hall opened, or the page lost track): the page may hold no verdict to match.
      if (patch.base < 0) sent = undefined;
      const result = checker.check(doc);
      const { refs, kept } = findingRefs(sent?.findings, result.findings);
      const shown = { ...result, findings: kept };
      if (sent && sameResult(sent, shown)) post({ seq: patch.seq, same: true, ms: performance.now() - t0 });
      else post({ seq: patch.seq, result: { ...result, findings: refs }, ms: performance.now() - t0 });
      sent = shown;
      const from = held;
      if (patch.base < 0) cancelWarm = later(() => warm(0, from), WARM_AFTER_MS);
    } catch (err) {
      held = undefined;
      sent = undefined;
      post({ seq: patch.seq, error: err instanceof Error ? err.message : String(err), ms: performance.now() - t0 });
    }
  };
}
