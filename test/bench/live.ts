/**
 * The live check in the built app, as a user sees it: the county sample opens (its first, cold check runs in the
 * worker), then a seat is nudged 1 m back and forth with Shift+Arrow 30 times; for each nudge we record the
 * worker's own check time and the time from the key press until the findings panel has the new result (patch
 * posted, checked, posted back, stored). Needs `npm run build` first.
 */
import { launchBrowser, newPage, startPreview } from '../e2e/harness';

interface Live {
  editor: {
    select(ids: string[]): void;
    keyDown(e: { key: string; shift?: boolean }): boolean;
    doc: { floors: { id: string; elements: { id: string; kind: string; pointKind?: string; priority?: boolean }[] }[] };
    store: { getState(): { floorId: string } };
  };
  checks: { getState(): { result?: unknown; lastMs?: number }; subscribe(fn: (s: { result?: unknown }) => void): () => void };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const r1 = (x: number) => Math.round(x * 10) / 10;

export async function bench(): Promise<Record<string, unknown>> {
  const { server, url } = await startPreview();
  const browser = await launchBrowser();
  try {
    const { page } = await newPage(browser);
    await page.goto(url);
    await page.waitForFunction(() => !!(window as unknown as { __halltwin?: Live }).__halltwin?.checks.getState().result, undefined, { timeout: 60_000 });
    const coldMs = await page.evaluate(() => (window as unknown as { __halltwin: Live }).__halltwin.checks.getState().lastMs);
    const runs: { worker: number; latency: number }[] = await page.evaluate(async () => {
      const h = (window as unknown as { __halltwin: Live }).__halltwin;
      const floor = h.editor.doc.floors.find((f) => f.id === h.editor.store.getState().floorId)!;
      const seat = floor.elements.find((e) => e.kind === 'point' && e.pointKind === 'seat' && !e.priority)!;
      h.editor.select([seat.id]);
      const out: { worker: number; latency: number }[] = [];
      for (let i = 0; i < 30; i++) {
        const before = h.checks.getState().result;
        const t0 = performance.now();
        const done = new Promise<void>((res) => {
          const un = h.checks.subscribe((s) => {
            if (s.result !== before) {
              un();
              res();
            }
          });
        });
        h.editor.keyDown({ key: i % 2 ? 'ArrowLeft' : 'ArrowRight', shift: true });
        await done;
        out.push({ worker: h.checks.getState().lastMs ?? NaN, latency: performance.now() - t0 });
      }
      return out;
    });
    return {
      coldCheckMs: r1(coldMs ?? NaN),
      nudges: runs.length,
      workerCheckMedianMs: r1(median(runs.map((r) => r.worker))),
      keyToFindingsMedianMs: r1(median(runs.map((r) => r.latency))),
      workerCheckMaxMs: r1(Math.max(...runs.map((r) => r.worker))),
    };
  } finally {
    await browser.close();
    await server.httpServer.close();
  }
}
