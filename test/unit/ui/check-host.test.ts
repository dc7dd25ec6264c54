/**
 * The check worker's host: after a hall opens it checks one throw-away edit and the hall again while the page is
 * quiet (so V8 compiles the re-check's code before the user's first drag, not during it), gives way to any message
 * from the page, and leaves what the page is told unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { HallDocument } from '../../../src/core';
import { diffDoc, type DocPatch } from '../../../src/core/sync';
import { checkHall, createChecker } from '../../../src/rules/engine';
import type { CheckResult } from '../../../src/rules/types';
import { type CheckReply, checkHost, WARM_STEPS, warmEdit } from '../../../src/ui/findings/check-host';
import { groundFloor } from '../../../src/core/entrances';
import { loadSample } from '../core/helpers';
import { resolveRefs } from '../../../src/ui/findings/finding-refs';

/** Timers the test runs by hand, in order. */
class Tasks {
  queue: { fn: () => void; ms: number; live: boolean }[] = [];
  later = (fn: () => void, ms: number) => {
    const t = { fn, ms, live: true };
    this.queue.push(t);
    return () => void (t.live = false);
  };
  /** Runs the next live task. */
  runOne(): void {
    for (let t = this.queue.shift(); t; t = this.queue.shift()) {
      if (!t.live) continue;
      t.fn();
      return;
    }
  }
  /** Runs every task due, including those they add; returns how many ran. */
  runAll(): number {
    let n = 0;
    for (let t = this.queue.shift(); t; t = this.queue.shift()) {
      if (!t.live) continue;
      t.fn();
      n++;
    }
    return n;
  }
}

function host(checker = createChecker()) {
  const tasks = new Tasks();
  const replies: CheckReply[] = [];
  const seen: HallDocument[] = [];
  const spy = {
    check(doc: HallDocument): CheckResult {
      seen.push(doc);
      return checker.check(doc);
    },
  };
  const onPatch = checkHost(spy, (r) => replies.push(r), tasks.later);
  return { tasks, replies, seen, onPatch };
}

const county = loadSample('county-hall');
const township = loadSample('township-hall');
const failing = loadSample('failing-hall');

/** The verdicts the page holds after each reply, references resolved as the page does. */
function pageSide(replies: readonly CheckReply[]): CheckResult[] {
  const out: CheckResult[] = [];
  for (const r of replies) {
    const prev = out[out.length - 1];
    if (r.same) out.push(prev);
    else out.push({ ...r.result!, findings: resolveRefs(prev?.findings, r.result!.findings)! });
  }
  return out;
}

/** The element ids whose objects differ between two halls of the same floors. */
function changed(a: HallDocument, b: HallDocument): string[] {
  return a.floors.flatMap((f, i) => f.elements.filter((e, k) => b.floors[i].elements[k] !== e).map((e) => e.id));
}

describe('warming the re-check after a hall opens', () => {
  it('checks a throw-away drag of a seat on the floor the hall opens on, then the hall again, once the page is quiet', () => {
    const h = host();
    h.onPatch(diffDoc(undefined, county, 1, -1));
    expect(h.seen).toHaveLength(1);
    // One task per step, the first after a quiet moment.
    expect(h.tasks.runAll()).toBe(WARM_STEPS + 1);
    expect(h.seen).toHaveLength(WARM_STEPS + 2);
    const steps = h.seen.slice(1, -1);
    const ground = groundFloor(county)!;
    const positions = new Set<string>();
    for (const step of steps) {
      // Each step differs from the hall by one seat of the ground floor, as a drag step does.
      const ids = changed(county, step);
      expect(ids).toHaveLength(1);
      const seat = step.floors.flatMap((f) => f.elements).find((e) => e.id === ids[0]);
      expect(seat?.kind === 'point' && seat.pointKind).toBe('seat');
      expect(step.floors.find((f) => f.id === ground.id)!.elements).toContain(seat);
      if (seat?.kind === 'point') positions.add(seat.position.join(','));
    }
    // Moved to many places (cells left and entered), not back and forth between two.
    expect(positions.size).toBeGreaterThan(WARM_STEPS / 4);
    // The hall as held, by identity: the caches keyed by its floors and elements are the ones the next edit finds.
    expect(h.seen[h.seen.length - 1]).toBe(h.seen[0]);
    // The page hears only of the check it asked for.
    expect(h.replies).toHaveLength(1);
  });

  it('gives way to a message from the page: the warm-up ends there', () => {
    const h = host();
    h.onPatch(diffDoc(undefined, county, 1, -1));
    // Two steps of the throw-away drag.
    for (let k = 0; k < 2; k++) h.tasks.runOne();
    expect(h.seen).toHaveLength(3);
    const next = warmEdit(county)!;
    h.onPatch(diffDoc(county, next, 2, 1));
    expect(h.tasks.runAll()).toBe(0);
    expect(h.seen).toHaveLength(4);
    expect(h.replies.map((r) => r.seq)).toEqual([1, 2]);
  });

  it('does not warm after an edit: only an opening (a full copy) is followed by a warm-up', () => {
    const h = host();
    h.onPatch(diffDoc(undefined, county, 1, -1));
    h.tasks.runAll();
    h.onPatch(diffDoc(county, warmEdit(county)!, 2, 1));
    expect(h.tasks.runAll()).toBe(0);
  });

  it('tells the page the same verdicts as a full check, before and after the warm-up and on the edits after it', () => {
    for (const hall of [county, township, failing]) {
      const h = host();
      h.onPatch(diffDoc(undefined, hall, 1, -1));
      h.tasks.runAll();
      const edited = warmEdit(hall)!;
      h.onPatch(diffDoc(hall, edited, 2, 1));
      h.onPatch(diffDoc(edited, hall, 3, 2));
      const held = pageSide(h.replies);
      expect(held[0]).toEqual(checkHall(hall));
      expect(held[1]).toEqual(checkHall(edited));
      expect(held[2]).toEqual(checkHall(hall));
    }
  });

  it('sends the findings an edit left as they were as references to the ones the page holds', () => {
    const h = host();
    h.onPatch(diffDoc(undefined, failing, 1, -1));
    const edited = warmEdit(failing)!;
    h.onPatch(diffDoc(failing, edited, 2, 1));
    const [opened, moved] = h.replies;
    expect(opened.result!.findings.every((f) => typeof f !== 'number')).toBe(true);
    const full = checkHall(edited).findings;
    const before = checkHall(failing).findings;
    // Every finding of the edited hall equal to one before goes as a reference, the others in full.
    const unchanged = full.filter((f) => before.some((b) => JSON.stringify(b) === JSON.stringify(f)));
    expect(unchanged.length).toBeGreaterThan(0);
    if (moved.same) expect(unchanged).toHaveLength(full.length);
    else expect(moved.result!.findings.filter((f) => typeof f === 'number')).toHaveLength(unchanged.length);
    expect(pageSide(h.replies)[1]).toEqual(checkHall(edited));
  });

  it('leaves a hall with no point element alone', () => {
    const bare: HallDocument = { ...county, floors: county.floors.map((f) => ({ ...f, elements: f.elements.filter((e) => e.kind !== 'point') })) };
    expect(warmEdit(bare)).toBeUndefined();
    const h = host();
    h.onPatch(diffDoc(undefined, bare, 1, -1) as DocPatch);
    expect(h.tasks.runAll()).toBe(1);
    expect(h.seen).toHaveLength(1);
  });
});
