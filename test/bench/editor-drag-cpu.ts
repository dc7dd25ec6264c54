/**
 * What one frame of a seat drag costs the processes that draw it (`npm run build` first): `node --import tsx
 * test/bench/editor-drag-cpu.ts [outDir] [county|big] [both]`, outDir a build of the app (default dist; another
 * build's directory compares two builds back to back). A seat framed as the editor bench does, held, then moved in
 * steps each awaited until its frame is drawn; prints the CPU time per frame of the GPU process (software GL draws
 * there, and the page waits for it) and of the page's renderer process, three rounds of 30 frames. With `both`, a
 * second set with the still frame switched off (every frame drawn whole at the same resolution). CPU time is steady
 * on a loaded machine where frame gaps are not.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { ROOT, launchBrowser } from '../e2e/harness';
import { generateBigHall } from '../fixtures/generated-hall';
import { openApp, pickSeat, settle, type W } from './editor';
import { seatOnScreen, stepToFrame } from './seat-on-screen';

const outDir = process.argv[2] ?? 'dist';
const hall = process.argv[3] ?? 'big';
const server = await preview({ root: ROOT, build: { outDir }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const addr = server.httpServer.address();
const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
const browser = await launchBrowser();
/** CPU ms used so far by the GPU process and the renderer processes. */
const cpu = async () => {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; cpuTime: number }[] };
  await cdp.detach();
  const sum = (t: string) => processInfo.filter((p) => p.type === t).reduce((s, p) => s + p.cpuTime * 1000, 0);
  return { gpu: sum('GPU'), renderer: sum('renderer') };
};
try {
  const { page } = await openApp(browser, url);
  if (hall === 'big') {
    const file = resolve(ROOT, 'test-results/big-hall.hall.json');
    mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
    writeFileSync(file, JSON.stringify(generateBigHall()));
    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.waitForFunction(() => (window as unknown as W).__editorBench.docAt.length > 1, undefined, { timeout: 120_000 });
    await settle(page, 1500);
  }
  const seat = await pickSeat(page, hall === 'big');
  const { x0, y0, metre } = await seatOnScreen(page, seat);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let k = 1; k < 5; k++) await stepToFrame(page, x0 + 0.5 * k * metre, y0);
  const modes = process.argv[4] === 'both' ? [false, true] : [false];
  for (const off of modes) {
    await page.evaluate((off) => {
      const s = (window as unknown as { __halltwin_stillFrame?: { off: boolean } }).__halltwin_stillFrame;
      if (s) s.off = off;
    }, off);
    const out: string[] = [];
    for (let rep = 0; rep < 3; rep++) {
      const c0 = await cpu();
      const N = 30;
      for (let k = 0; k < N; k++) await stepToFrame(page, x0 + 0.5 * (1 + (k % 6)) * metre, y0 + 0.5 * metre * (k % 2));
      const c1 = await cpu();
      out.push(`${((c1.gpu - c0.gpu) / N).toFixed(1)}/${((c1.renderer - c0.renderer) / N).toFixed(1)}`);
    }
    const w = await page.evaluate(() => (document.querySelector('[data-testid="viewport"] canvas') as HTMLCanvasElement).width);
    console.log(JSON.stringify({ outDir, hall, off, canvasWidth: w, gpuRendererCpuPerFrame: out }));
  }
  await page.mouse.up();
} finally {
  await browser.close();
  await new Promise<void>((r) => server.httpServer.close(() => r()));
}
