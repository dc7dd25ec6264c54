/**
 * The live check's pace: one check at a time, the latest document next; during a gesture the worker rests twice as
 * long as its last check took before the next one, and the gesture's end is checked at once. The worker is a fake
 * that records what the page posts and answers when the test says; time is vitest's fake clock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KINDS } from '../../../src/core/kinds/registry';
import { addElements } from '../../../src/core/commands';
import { emptyDocument } from '../../../src/core/document';
import { workerCheck } from '../../../src/ui/findings/useLiveCheck';
import { TestEditor } from '../editor/test-editor';

type Posted = { patch: { seq: number } };

class FakeWorker {
  static last: FakeWorker | undefined;
  posted: Posted[] = [];
  onmessage: ((e: { data: unknown }) => void) | undefined;
  onerror: unknown;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(m: Posted) {
    this.posted.push(m);
  }
  terminate() {}
  /** Answers the last posted check: the first answer carries a verdict, later ones "same as before". */
  answer(ms: number) {
    const seq = this.posted[this.posted.length - 1].patch.seq;
    this.onmessage?.({ data: seq === 1 ? { seq, result: { findings: [] }, ms } : { seq, same: true, ms } });
  }
}

let ed: TestEditor;
let stop: () => void;
let worker: FakeWorker;

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('Worker', FakeWorker);
  ed = new TestEditor();
  const first = ed.floorId;
  ed.addFloor();
  ed.setFloor(first);
  ed.execute(addElements(ed.floorId, [KINDS.point.create({ id: 'seat-1', pointKind: 'seat', position: [2, 2] })]));
  ed.select(['seat-1']);
  stop = workerCheck(ed);
  worker = FakeWorker.last!;
  worker.answer(10);
});

afterEach(() => {
  stop();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the live check during a gesture', () => {
  it('rests twice its last check time between checks while the seat is dragged, and checks the drop at once', () => {
    expect(worker.posted).toHaveLength(1);
    ed.down(2, 2, { hitId: 'seat-1' });
    ed.move(3, 2);
    // The first step goes at once (the worker was idle); the next ones wait for it.
    expect(worker.posted).toHaveLength(2);
    ed.move(4, 2);
    ed.move(5, 2);
    expect(worker.posted).toHaveLength(2);
    worker.answer(40);
    // It rests 80 ms, then checks the latest document.
    vi.advanceTimersByTime(79);
    expect(worker.posted).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(worker.posted).toHaveLength(3);
    ed.move(6, 2);
    worker.answer(40);
    vi.advanceTimersByTime(30);
    expect(worker.posted).toHaveLength(3);
    // The drop ends the gesture: no rest for the last document.
    ed.up(7, 2);
    expect(worker.posted).toHaveLength(4);
    worker.answer(40);
    vi.advanceTimersByTime(1000);
    expect(worker.posted).toHaveLength(4);
  });

  it('checks the next document without a rest outside a gesture', () => {
    ed.keyDown({ key: 'ArrowRight', shift: true });
    expect(worker.posted).toHaveLength(2);
    ed.keyDown({ key: 'ArrowRight', shift: true });
    expect(worker.posted).toHaveLength(2);
    worker.answer(40);
    expect(worker.posted).toHaveLength(3);
  });
});

describe('an edit of a one-floor hall', () => {
  it('is checked at once, while a hall just opened waits for the page to be idle', () => {
    ed.openDocument(emptyDocument('one floor'));
    expect(ed.doc.floors).toHaveLength(1);
    // Opened: not posted at once (the tasks that show the new hall go first).
    expect(worker.posted).toHaveLength(1);
    vi.advanceTimersByTime(400);
    expect(worker.posted).toHaveLength(2);
    worker.answer(10);
    // The only floor is replaced by the edit, yet it is an edit: posted at once.
    ed.execute(addElements(ed.floorId, [KINDS.point.create({ id: 'seat-2', pointKind: 'seat', position: [3, 3] })]));
    expect(worker.posted).toHaveLength(3);
  });
});
