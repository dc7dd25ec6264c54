/**
 * A line drawing's levels asked of the worker: one worker for every image, the levels it sends back made into
 * images of their size, none for a photo or an image the worker could not read (the GPU's mipmaps draw those).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** A worker stand-in: keeps what was posted; the test answers. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: { id: number; data: string }[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(data: { id: number; data: string }) {
    this.posted.push(data);
  }
  answer(i: number, extra: Record<string, unknown>) {
    this.onmessage?.({ data: { id: this.posted[i].id, ...extra } } as MessageEvent);
  }
  terminate() {}
}

/** Node has no ImageData: enough of one to see what the page would upload. */
class FakeImageData {
  constructor(
    readonly data: Uint8ClampedArray,
    readonly width: number,
    readonly height: number,
  ) {}
}

const g = globalThis as { Worker?: unknown; ImageData?: unknown };
const saved = { Worker: g.Worker, ImageData: g.ImageData };
beforeEach(() => {
  g.Worker = FakeWorker;
  g.ImageData = FakeImageData;
});
afterEach(() => {
  g.Worker = saved.Worker;
  g.ImageData = saved.ImageData;
});

describe('line levels from a worker', () => {
  it('one worker for all images; levels as images of their size, none for a photo or an unreadable image', async () => {
    const { lineLevels } = await import('../../../src/view/underlay/line-levels');
    const drawing = lineLevels('data:image/png;base64,AAAA');
    const photo = lineLevels('data:image/jpeg;base64,BBBB');
    const broken = lineLevels('data:image/png;base64,CCCC');
    expect(FakeWorker.made.length).toBe(1);
    const w = FakeWorker.made[0];
    expect(w.posted.map((p) => p.data)).toEqual(['data:image/png;base64,AAAA', 'data:image/jpeg;base64,BBBB', 'data:image/png;base64,CCCC']);
    w.answer(1, {});
    w.answer(2, { error: 'decode failed' });
    const l1 = new Uint8ClampedArray(2 * 1 * 4).fill(7);
    const l2 = new Uint8ClampedArray(1 * 1 * 4).fill(9);
    w.answer(0, {
      levels: [
        { width: 2, height: 1, data: l1.buffer },
        { width: 1, height: 1, data: l2.buffer },
      ],
    });
    const levels = (await drawing) as unknown as FakeImageData[];
    expect(levels.map((l) => [l.width, l.height, l.data[0]])).toEqual([
      [2, 1, 7],
      [1, 1, 9],
    ]);
    expect(await photo).toBeUndefined();
    expect(await broken).toBeUndefined();
  });
});
