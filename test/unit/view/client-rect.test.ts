import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A stand-in for an element whose place the test moves, counting the reads that would lay the page out. */
class FakeElement {
  reads = 0;
  rect = { left: 0, top: 0, width: 100, height: 50 } as DOMRect;
  getBoundingClientRect(): DOMRect {
    this.reads++;
    return { ...this.rect };
  }
}

const observers: { cb: (entries: { target: unknown }[]) => void; targets: unknown[] }[] = [];
const windowListeners = new Map<string, (() => void)[]>();

beforeAll(() => {
  (globalThis as Record<string, unknown>).ResizeObserver = class {
    private o: (typeof observers)[number];
    constructor(cb: (entries: { target: unknown }[]) => void) {
      this.o = { cb, targets: [] };
      observers.push(this.o);
    }
    observe(t: unknown) {
      this.o.targets.push(t);
    }
  };
  (globalThis as Record<string, unknown>).window = {
    addEventListener: (type: string, l: () => void) => windowListeners.set(type, [...(windowListeners.get(type) ?? []), l]),
  };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).ResizeObserver;
  delete (globalThis as Record<string, unknown>).window;
});

const resized = (el: unknown) => {
  for (const o of observers) if (o.targets.includes(el)) o.cb([{ target: el }]);
};
const fire = (type: string) => {
  for (const l of windowListeners.get(type) ?? []) l();
};

describe('clientRect', () => {
  it('reads an element’s place once, and again only after it resized or the window resized or scrolled', async () => {
    const { clientRect } = await import('../../../src/view/client-rect');
    const el = new FakeElement();
    const e = el as unknown as Element;
    expect(clientRect(e).width).toBe(100);
    for (let i = 0; i < 20; i++) clientRect(e);
    expect(el.reads).toBe(1);
    el.rect = { left: 0, top: 0, width: 120, height: 50 } as DOMRect;
    resized(el);
    expect(clientRect(e).width).toBe(120);
    expect(el.reads).toBe(2);
    el.rect = { left: 30, top: 0, width: 120, height: 50 } as DOMRect;
    fire('resize');
    expect(clientRect(e).left).toBe(30);
    el.rect = { left: 30, top: -40, width: 120, height: 50 } as DOMRect;
    fire('scroll');
    expect(clientRect(e).top).toBe(-40);
    expect(clientRect(e).top).toBe(-40);
    expect(el.reads).toBe(4);
    // Each element has its own place.
    const other = new FakeElement();
    other.rect = { left: 5, top: 6, width: 7, height: 8 } as DOMRect;
    expect(clientRect(other as unknown as Element).left).toBe(5);
    expect(clientRect(e).left).toBe(30);
  });
});
