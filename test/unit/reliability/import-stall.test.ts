/**
 * The editor's IFC and DXF import workers under a stall watchdog: a worker that stops reporting progress is
 * stopped after the set silence with a message saying where it stopped and that the open hall is unchanged; a
 * slow import that keeps reporting is never stopped. The worker is a fake driven by the test, the clock is fake.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importIfcInWorker, type ImportWorker } from '../../../src/ifc/worker-client';
import { openDxfInWorker } from '../../../src/dxf/worker-client';
import { IfcImportError } from '../../../src/ifc/errors';
import { DxfImportError } from '../../../src/dxf/errors';
import { overallProgress } from '../../../src/ifc/progress';
import { dxfProgress } from '../../../src/dxf/progress';

class FakeWorker implements ImportWorker {
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  postMessage(msg: unknown): void {
    this.posted.push(msg);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The worker says something (progress, a result). */
  say(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent);
  }
}

/** The promise's outcome so far, without waiting for it. */
function track<T>(p: Promise<T>) {
  const s: { value?: T; error?: unknown; settled: boolean } = { settled: false };
  p.then(
    (v) => Object.assign(s, { value: v, settled: true }),
    (e) => Object.assign(s, { error: e, settled: true }),
  );
  return s;
}

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('IFC import worker watchdog', () => {
  it('no progress for the set time: stopped with the stage and "the open hall is unchanged", worker terminated', async () => {
    const w = new FakeWorker();
    const s = track(importIfcInWorker(new Uint8Array([1, 2, 3]), { fileName: 'stuck.ifc', wasmPath: '/wasm/', stallSeconds: 30, createWorker: () => w }));
    await flush();
    w.say({ type: 'progress', progress: overallProgress('storeys', 0.5) });
    await vi.advanceTimersByTimeAsync(29_000);
    expect(s.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(s.settled).toBe(true);
    expect(s.error).toBeInstanceOf(IfcImportError);
    const e = s.error as IfcImportError;
    expect(e.where).toBe('stalled');
    expect(e.message).toMatch(/^stuck\.ifc: the IFC import made no progress for 30 s \(stage "storeys", \d+ %\) and was stopped; the open hall is unchanged/);
    expect(e.message).toMatch(/IFC 导入 30 秒无进展（“storeys”阶段/);
    expect(w.terminated).toBe(true);
  });

  it('a worker that never says anything is stopped too ("before any progress")', async () => {
    const w = new FakeWorker();
    const s = track(importIfcInWorker(new Uint8Array([1]), { fileName: 'm.ifc', wasmPath: '/wasm/', stallSeconds: 5, createWorker: () => w }));
    await vi.advanceTimersByTimeAsync(6_000);
    expect((s.error as Error).message).toMatch(/before any progress/);
  });

  it('a slow import that keeps reporting is never stopped, and its result arrives', async () => {
    const w = new FakeWorker();
    const s = track(importIfcInWorker(new Uint8Array([1]), { fileName: 'big.ifc', wasmPath: '/wasm/', stallSeconds: 30, createWorker: () => w }));
    await flush();
    for (let i = 0; i < 20; i++) {
      await vi.advanceTimersByTimeAsync(25_000);
      w.say({ type: 'progress', progress: overallProgress('walls', i / 20) });
    }
    expect(s.settled).toBe(false);
    // The result comes in pieces (src/ifc/pieces.ts): here a hall with no context geometry, one piece.
    const doc = {};
    w.say({ type: 'piece', piece: { kind: 'hall', doc, warnings: [], stats: {}, meshes: 0, cuts: 0, pieces: 1, hasContext: false } });
    await flush();
    expect((s.value as { doc: unknown }).doc).toBe(doc);
    // Stopped with the import: the silence after the result is not a stall.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(s.error).toBeUndefined();
  });

  it('Cancel during a stall still cancels (no stall error afterwards)', async () => {
    const w = new FakeWorker();
    const ctrl = new AbortController();
    const s = track(importIfcInWorker(new Uint8Array([1]), { fileName: 'm.ifc', wasmPath: '/wasm/', stallSeconds: 30, signal: ctrl.signal, createWorker: () => w }));
    await vi.advanceTimersByTimeAsync(10_000);
    ctrl.abort();
    await vi.advanceTimersByTimeAsync(60_000);
    expect((s.error as Error).name).toBe('AbortError');
    expect(w.terminated).toBe(true);
  });
});

describe('DXF import worker watchdog', () => {
  it('a stalled analysis is stopped with the stage; the session is closed', async () => {
    const w = new FakeWorker();
    const s = track(openDxfInWorker(new Uint8Array([1]), { fileName: 'plan.dxf', stallSeconds: 20, createWorker: () => w }));
    await flush();
    w.say({ type: 'progress', progress: dxfProgress('parse', 0.3) });
    await vi.advanceTimersByTimeAsync(21_000);
    expect(s.error).toBeInstanceOf(DxfImportError);
    const e = s.error as DxfImportError;
    expect(e.where).toBe('stalled');
    expect(e.message).toMatch(/^plan\.dxf: the DXF import made no progress for 20 s \(stage "parse", \d+ %\) and was stopped; the open hall is unchanged/);
    expect(e.message).not.toMatch(/DXF 导入/);
    expect(e.text.zh).toMatch(/^plan\.dxf：DXF 导入 20 秒无进展（“parse”阶段，\d+%），已停止/);
    expect(w.terminated).toBe(true);
  });

  it('a stalled build after a good analysis is stopped; a progressing one is not', async () => {
    const w = new FakeWorker();
    const s = track(openDxfInWorker(new Uint8Array([1]), { fileName: 'plan.dxf', stallSeconds: 20, createWorker: () => w }));
    await flush();
    w.say({ type: 'analysed', analysis: { layers: [] } });
    await flush();
    const session = s.value!;
    // The dialog may stay open for minutes: no work is asked, so nothing is timed.
    await vi.advanceTimersByTimeAsync(600_000);
    expect(w.terminated).toBe(false);
    const b = track(session.build({ fileName: 'plan.dxf' }));
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(15_000);
      w.say({ type: 'progress', progress: dxfProgress('rooms', i / 5) });
    }
    expect(b.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(21_000);
    expect((b.error as DxfImportError).where).toBe('stalled');
    expect((b.error as Error).message).toMatch(/stage "rooms"/);
    expect(w.terminated).toBe(true);
  });
});
