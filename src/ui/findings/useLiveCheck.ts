/**
 * Runs the rules on every document change, in a Web Worker: a cold check (rasters, nav graphs, walking-distance
 * fields) takes longer than a frame, while the re-check after an edit reuses the worker's caches because
 * documents travel as patches (src/core/sync.ts). One check at a time; edits arriving during a check are
 * folded into the latest document, checked next.
 * Without Worker support the check runs on the main thread, debounced by 100 ms once it proves slow.
 */
import { useEffect } from 'react';
import type { Editor } from '../../editor/editor';
import type { HallDocument } from '../../core';
import type { CheckResult, Severity } from '../../rules/types';
import { checkStore } from './check-store';
import { diffDoc } from '../../core/sync';
import { newFindingKeys } from '../../rules/work-items';
import { sameHall } from './stale';
import type { CheckReply } from './check-host';
import { resolveRefs } from './finding-refs';

export const SLOW_CHECK_MS = 16;
export const DEBOUNCE_MS = 100;
/**
 * While a gesture is in progress the worker rests this many times as long as its last check took before the next:
 * checked back to back, a large hall's re-checks kept a core busy for the whole drag, and on a small machine the
 * software GL that draws each frame waited for it. Findings still follow the drag; the gesture's end is checked at once.
 */
const GESTURE_REST = 2;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Worst severity per element, for the badges the viewport draws on failing elements. */
export function badgesOf(result: CheckResult): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  for (const f of result.findings) {
    for (const id of f.elementIds) {
      const cur = out[id];
      if (!cur || RANK[f.severity] > RANK[cur]) out[id] = f.severity;
    }
  }
  return out;
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

interface Reply {
  seq: number;
  /** The worker did not hold the document a patch was against: send a full copy. */
  resend?: boolean;
  /** The verdict is the one the worker sent last (the page holds it): only the document it is for changed. */
  same?: boolean;
  result?: CheckResult;
  error?: string;
  ms: number;
}

/**
 * "No finding is new", as one object: the findings list rebuilds its rows when the new keys change, so a check
 * that found nothing new leaves the rows (and their components) as they were.
 */
const NONE_NEW: ReadonlySet<string> = new Set<string>();

function publish(editor: Editor, r: Reply, debounced: boolean, doc?: HallDocument): void {
  if (r.same) {
    // Same findings as the last result: no finding is new, the badges stand.
    checkStore.setState({ resultDoc: doc, newKeys: NONE_NEW, lastMs: r.ms, debounced, error: undefined, available: true });
  } else if (r.result) {
    const prev = checkStore.getState();
    // Findings are new only against an earlier check of the same hall, not against the hall opened before it.
    const found = prev.result && prev.resultDoc && doc && sameHall(prev.resultDoc, doc) ? newFindingKeys(prev.result, r.result) : NONE_NEW;
    const newKeys = found.size ? found : NONE_NEW;
    checkStore.setState({ result: r.result, resultDoc: doc, newKeys, lastMs: r.ms, debounced, error: undefined, available: true });
    // Unchanged badges keep the store's object: the view's badge layer is not redrawn after every check.
    const badges = badgesOf(r.result);
    if (!sameRecord(badges, editor.store.getState().badges)) editor.store.setState({ badges });
  } else {
    checkStore.setState({ error: r.error, lastMs: r.ms });
  }
}

/**
 * A worker's reply with the findings it sent by reference taken from the result the page holds; a resend where the
 * reply refers to a result not held here (it cannot happen while both sides keep step: start over).
 */
function received(data: CheckReply): Reply {
  const { result: sent, ...reply } = data as CheckReply & Reply;
  // "Same as the last verdict" with none held here.
  if (reply.same && !checkStore.getState().result) return { ...reply, resend: true };
  if (!sent) return reply;
  const findings = resolveRefs(checkStore.getState().result?.findings, sent.findings);
  return findings ? { ...reply, result: { ...sent, findings } } : { ...reply, resend: true };
}

/** Runs `fn` once the page is idle, at most 300 ms from now. */
function whenIdle(fn: () => void): ReturnType<typeof setTimeout> {
  return setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 300 }) : fn()), 0);
}

/**
 * Another hall has other floors and another meta: an edit of a one-floor hall also leaves no floor as it was, but
 * keeps the meta (the store's document is replaced before the editor counts the open in `hallsOpened`).
 */
function isAnotherHall(before: HallDocument | undefined, doc: HallDocument): boolean {
  return !!before && doc.meta !== before.meta && doc.floors.every((f) => !before.floors.includes(f));
}

export function workerCheck(editor: Editor): () => void {
  const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module', name: 'rules-check' });
  let seq = 0;
  let busy = false;
  let pending: HallDocument | undefined;
  let lastDoc: HallDocument | undefined;
  // The last document sent: the next one goes as a patch against it, so the worker keeps unchanged parts (and
  // its caches) by identity.
  let sent: { seq: number; doc: HallDocument } | undefined;
  let resting: ReturnType<typeof setTimeout> | undefined; // the rest between two checks in a gesture (GESTURE_REST)
  /** The document each check in flight is for, by sequence number. */
  const docOf = new Map<number, HallDocument>();
  const send = (doc: HallDocument) => {
    busy = true;
    const patch = diffDoc(sent?.doc, doc, ++seq, sent?.seq ?? -1);
    sent = { seq, doc };
    docOf.clear();
    docOf.set(seq, doc);
    worker.postMessage({ patch });
  };
  worker.onmessage = (e: MessageEvent<CheckReply>) => {
    busy = false;
    const reply = received(e.data);
    const checked = docOf.get(reply.seq);
    if (reply.resend || reply.error) sent = undefined;
    if (reply.resend) {
      send(pending ?? editor.store.getState().doc);
      pending = undefined;
      return;
    }
    // Show each result as it comes (a slightly stale one is close) and check the latest queued document next.
    if (pending && editor.store.getState().gesture) resting = setTimeout(sendPending, GESTURE_REST * reply.ms);
    else sendPending();
    publish(editor, reply, false, checked);
  };
  worker.onerror = (e) => checkStore.setState({ error: e.message || 'worker error' });
  const sendPending = () => {
    clearTimeout(resting);
    resting = undefined;
    if (!pending) return;
    const next = pending;
    pending = undefined;
    send(next);
  };
  const sendOrQueue = (doc: HallDocument) => {
    if (busy || resting) pending = doc;
    else send(doc);
  };
  let deferred: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    const state = editor.store.getState();
    // The gesture ended while the worker rested: the document it left is checked now.
    if (resting && !state.gesture) sendPending();
    const doc = state.doc;
    if (doc === lastDoc) return;
    const opened = isAnotherHall(lastDoc, doc);
    lastDoc = doc;
    if (deferred) return;
    if (!opened || busy || resting) return sendOrQueue(doc);
    // A hall just opened (a file, an IFC import): its cold check takes a core for ~150 ms, and on a small
    // machine that slows the tasks that show the new hall. Let those run first; the check starts when the
    // page is idle (at most 300 ms later), with whatever document is current by then.
    deferred = whenIdle(() => {
      deferred = undefined;
      sendOrQueue(editor.store.getState().doc);
    });
  };
  schedule();
  const unsub = editor.store.subscribe(schedule);
  return () => {
    unsub();
    if (deferred) clearTimeout(deferred);
    clearTimeout(resting);
    worker.terminate();
  };
}

async function mainThreadCheck(editor: Editor): Promise<() => void> {
  const { createChecker } = await import('../../rules/engine');
  const checker = createChecker();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastDoc: HallDocument | undefined;
  const run = () => {
    timer = undefined;
    const t0 = performance.now();
    try {
      const doc = editor.store.getState().doc;
      const result = checker.check(doc);
      const ms = performance.now() - t0;
      publish(editor, { seq: 0, result, ms }, ms > SLOW_CHECK_MS, doc);
    } catch (e) {
      publish(editor, { seq: 0, error: e instanceof Error ? e.message : String(e), ms: performance.now() - t0 }, true);
    }
  };
  const schedule = () => {
    const doc = editor.store.getState().doc;
    if (doc === lastDoc) return;
    lastDoc = doc;
    if (timer) clearTimeout(timer);
    if (checkStore.getState().debounced) timer = setTimeout(run, DEBOUNCE_MS);
    else run();
  };
  schedule();
  const unsub = editor.store.subscribe(schedule);
  return () => {
    unsub();
    if (timer) clearTimeout(timer);
  };
}

export function useLiveCheck(editor: Editor): void {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    if (typeof Worker !== 'undefined') {
      try {
        stop = workerCheck(editor);
      } catch {
        stop = undefined;
      }
    }
    if (!stop) {
      void mainThreadCheck(editor).then((s) => {
        if (cancelled) s();
        else stop = s;
      });
    }
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [editor]);
}
