/**
 * The DXF import reports its progress stage by stage and stops when cancelled: in the domain code (the signal
 * is checked between stages and floors) and through the worker client (Cancel terminates the worker, the
 * promise rejects as cancelled and the caller's hall is never touched). The worker here is a fake the test drives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDxf } from '../../../src/dxf';
import { DxfImportCancelled } from '../../../src/dxf/errors';
import { dxfProgress } from '../../../src/dxf/progress';
import type { DxfStage } from '../../../src/dxf/types';
import { openDxfInWorker } from '../../../src/dxf/worker-client';
import type { ImportWorker } from '../../../src/ifc/worker-client';
import { hallToDxf } from '../../fixtures/cad-plan';

const county = () => new TextEncoder().encode(hallToDxf(JSON.parse(readFileSync('models/county-hall.hall.json', 'utf8'))));

class FakeWorker implements ImportWorker {
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  posted: { type: string }[] = [];
  terminated = false;
  postMessage(msg: unknown): void {
    this.posted.push(msg as { type: string });
  }
  terminate(): void {
    this.terminated = true;
  }
  say(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent);
  }
}

describe('DXF import progress and cancel', () => {
  it('reports every stage in order, the overall fraction never going back, and ends at done = 1', () => {
    const seen: { stage: DxfStage; fraction: number }[] = [];
    importDxf(county(), { fileName: 'county.dxf', onProgress: (stage, f) => seen.push(dxfProgress(stage, f)) });
    const stages = seen.map((p) => p.stage).filter((s, i, a) => s !== a[i - 1]);
    expect(stages).toEqual(['read', 'parse', 'layers', 'walls', 'doors', 'rooms', 'walls', 'doors', 'rooms', 'done']);
    // Two floors: the floor stages run once per floor, and the bar runs on from the first floor into the second.
    const fractions = seen.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    const secondWalls = seen.map((p) => p.stage).lastIndexOf('walls');
    expect(seen[secondWalls].fraction).toBeGreaterThan(seen[secondWalls - 1].fraction - 1e-12);
    expect(seen[secondWalls].fraction).toBeGreaterThan(0.75);
    expect(seen.at(-1)).toEqual({ stage: 'done', fraction: 1 });
  });

  it('a signal aborted while the first floor is built stops the import before a hall is returned', () => {
    const ctrl = new AbortController();
    const stages: DxfStage[] = [];
    const run = () =>
      importDxf(county(), {
        fileName: 'county.dxf',
        signal: ctrl.signal,
        onProgress: (stage) => {
          stages.push(stage);
          if (stage === 'walls') ctrl.abort();
        },
      });
    expect(run).toThrow(DxfImportCancelled);
    expect(stages).not.toContain('done');
    expect(stages.filter((s) => s === 'walls')).toHaveLength(1);
  });

  it('worker client: progress reaches the caller; Cancel during the build terminates the worker and rejects as cancelled', async () => {
    const w = new FakeWorker();
    const progress: number[] = [];
    const opening = openDxfInWorker(new Uint8Array([1, 2]), { fileName: 'plan.dxf', createWorker: () => w, onProgress: (p) => progress.push(p.fraction) });
    await Promise.resolve();
    await Promise.resolve();
    expect(w.posted.map((m) => m.type)).toEqual(['analyse']);
    w.say({ type: 'progress', progress: dxfProgress('parse', 0.5) });
    w.say({ type: 'analysed', analysis: { fileName: 'plan.dxf' } });
    const session = await opening;
    expect(progress).toEqual([dxfProgress('parse', 0.5).fraction]);
    const ctrl = new AbortController();
    const built: number[] = [];
    const building = session.build({ frames: [0] }, (p) => built.push(p.fraction), ctrl.signal);
    expect(w.posted.map((m) => m.type)).toEqual(['analyse', 'build']);
    w.say({ type: 'progress', progress: dxfProgress('walls', 0.5) });
    expect(built).toEqual([dxfProgress('walls', 0.5).fraction]);
    ctrl.abort();
    await expect(building).rejects.toBeInstanceOf(DxfImportCancelled);
    expect(w.terminated).toBe(true);
    // A result the worker sends after Cancel changes nothing, and the closed session builds no more.
    w.say({ type: 'done', result: {} });
    await expect(session.build({ frames: [0] })).rejects.toBeInstanceOf(DxfImportCancelled);
  });
});
