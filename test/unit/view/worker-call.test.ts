import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workerCall } from '../../../src/view/worker-call';

/** A worker stand-in: keeps what was posted; the test answers, out of order if it likes, or fails it. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: { data: { id: number; n: number }; transfer: Transferable[] }[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(data: { id: number; n: number }, transfer: Transferable[]) {
    this.posted.push({ data, transfer });
  }
  answer(i: number, extra: Record<string, unknown>) {
    this.onmessage?.({ data: { id: this.posted[i].data.id, ...extra } } as MessageEvent);
  }
  terminate() {
    this.terminated = true;
  }
}

const g = globalThis as { Worker?: unknown };
let saved: unknown;
beforeEach(() => {
  saved = g.Worker;
  g.Worker = FakeWorker;
  FakeWorker.made = [];
});
afterEach(() => {
  g.Worker = saved;
});

type Reply = { id: number; value?: number; error?: string };
const onPageCalls: number[] = [];
const square = (create: () => Worker = () => new FakeWorker() as unknown as Worker) =>
  workerCall<number, number, Reply>({
    create,
    onPage: (n) => {
      onPageCalls.push(n);
      return n * n;
    },
    message: (id, n) => ({ data: { id, n } }),
    reply: (r) => {
      if (r.error) throw new Error(r.error);
      return r.value!;
    },
  });

describe('a call into a worker', () => {
  it('starts one worker for all calls and settles each call with the reply of its own id, in any order', async () => {
    const call = square();
    const a = call(2);
    const b = call(3);
    expect(FakeWorker.made.length).toBe(1);
    const w = FakeWorker.made[0];
    expect(w.posted.map((p) => p.data.n)).toEqual([2, 3]);
    w.answer(1, { value: 9 });
    w.answer(0, { value: 4 });
    await expect(Promise.all([a, b])).resolves.toEqual([4, 9]);
  });

  it('rejects a call whose reply reports an error, and keeps the worker for the next', async () => {
    const call = square();
    const a = call(5);
    FakeWorker.made[0].answer(0, { error: 'disk full' });
    await expect(a).rejects.toThrow('disk full');
    const b = call(6);
    FakeWorker.made[0].answer(1, { value: 36 });
    await expect(b).resolves.toBe(36);
    expect(FakeWorker.made.length).toBe(1);
  });

  it('runs the waiting calls and every later one on the page when the worker fails to load', async () => {
    onPageCalls.length = 0;
    const call = square();
    const a = call(7);
    const b = call(8);
    FakeWorker.made[0].onerror?.();
    await expect(Promise.all([a, b])).resolves.toEqual([49, 64]);
    expect(FakeWorker.made[0].terminated).toBe(true);
    await expect(call(9)).resolves.toBe(81);
    expect(FakeWorker.made.length).toBe(1);
    expect(onPageCalls).toEqual([7, 8, 9]);
  });

  it('runs on the page where the worker cannot start or there are no workers', async () => {
    onPageCalls.length = 0;
    const refused = square(() => {
      throw new Error('blocked by policy');
    });
    await expect(refused(3)).resolves.toBe(9);
    g.Worker = undefined;
    await expect(square()(4)).resolves.toBe(16);
    expect(onPageCalls).toEqual([3, 4]);
    expect(FakeWorker.made.length).toBe(0);
  });

  it('takes an answer sent in pieces (a large hall a floor per message): the call settles with its reply, after every piece', async () => {
    const got = new Map<number, number[]>();
    const sum = workerCall<number, number[], Reply & { part?: number }>({
      create: () => new FakeWorker() as unknown as Worker,
      onPage: (n) => [n],
      message: (id, n) => ({ data: { id, n } }),
      piece: (r) => r.part !== undefined && !!got.set(r.id, [...(got.get(r.id) ?? []), r.part]),
      reply: (r) => [...(got.get(r.id) ?? []), r.value!],
    });
    const a = sum(1);
    let settled = false;
    void a.then(() => (settled = true));
    const w = FakeWorker.made[0];
    w.answer(0, { part: 10 });
    w.answer(0, { part: 20 });
    await Promise.resolve();
    expect(settled).toBe(false);
    w.answer(0, { value: 3 });
    await expect(a).resolves.toEqual([10, 20, 3]);
  });
});
