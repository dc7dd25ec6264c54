/**
 * What the view asks of WebGL while a seat is dragged (`npm run build` first): `node --import tsx
 * test/bench/editor-gl.ts [county|big]`. Counts every WebGL call by name, the bytes handed to buffer uploads and
 * the vertices drawn (per shader program) over the editor bench's sequential seat moves, per frame drawn. Software
 * GL runs in the GPU process and each frame waits for it (the compositor reads the canvas back): vertices and
 * uploads are what that process pays for, whatever the machine's load.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, launchBrowser, startPreview } from '../e2e/harness';
import { generateBigHall } from '../fixtures/generated-hall';
import { openApp, pickSeat, settle, type W } from './editor';
import { seatOnScreen, stepToFrame } from './seat-on-screen';

const hall = process.argv[2] === 'big' ? 'big' : 'county';
const MOVES = 20;

/** Wraps every WebGL(2) method to count calls; buffer and texture uploads also count their bytes. */
const COUNTER = `(() => {
  const calls = {};
  window.__glCalls = calls;
  window.__glProgramIds = new Map();
  // The counter's own program look-ups are not the page's calls.
  let own = false;
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (!d || typeof d.value !== 'function') continue;
      const f = d.value;
      proto[name] = function (...a) {
        if (own) return f.apply(this, a);
        calls[name] = (calls[name] || 0) + 1;
        if (name === 'bufferData' || name === 'bufferSubData') {
          const x = a[1];
          const bytes = typeof x === 'number' ? x : x && x.byteLength ? (a[4] !== undefined ? a[4] * (x.BYTES_PER_ELEMENT || 1) : x.byteLength) : 0;
          calls[name + ' bytes'] = (calls[name + ' bytes'] || 0) + bytes;
        }
        let v = 0;
        if (name === 'drawArrays') v = a[2];
        else if (name === 'drawElements') v = a[1];
        else if (name === 'drawArraysInstanced') v = a[2] * a[3];
        else if (name === 'drawElementsInstanced') v = a[1] * a[4];
        if (v) {
          calls['vertices drawn'] = (calls['vertices drawn'] || 0) + v;
          own = true;
          const p = this.getParameter(this.CURRENT_PROGRAM);
          own = false;
          const key = 'vertices by ' + name + ' ' + (window.__glProgramIds.get(p) ?? window.__glProgramIds.set(p, window.__glProgramIds.size).size - 1);
          calls[key] = (calls[key] || 0) + v;
        }
        return f.apply(this, a);
      };
    }
  }
})()`;

const { server, url } = await startPreview();
const browser = await launchBrowser();
try {
  const { page } = await openApp(browser, url, COUNTER);
  if (hall === 'big') {
    const file = resolve(ROOT, 'test-results/big-hall.hall.json');
    const big = generateBigHall();
    mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
    writeFileSync(file, JSON.stringify(big));
    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.waitForFunction((name) => (window as unknown as W).__editorBench.docAt.some((d) => d.name === name), big.meta.name, { timeout: 60_000 });
    await settle(page, 1500);
  }
  const seat = await pickSeat(page, hall === 'big');
  const { x0, y0, metre } = await seatOnScreen(page, seat);
  const frames = () => page.evaluate(() => (window as unknown as W).__halltwin_frames);
  const step = (x: number, y: number) => stepToFrame(page, x, y);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await step(x0 + 0.25 * metre, y0);
  await page.evaluate(() => {
    const c = (window as unknown as { __glCalls: Record<string, number> }).__glCalls;
    for (const k of Object.keys(c)) delete c[k];
  });
  const f0 = await frames();
  const t0 = await page.evaluate(() => performance.now());
  for (let k = 0; k < MOVES; k++) await step(x0 + 0.5 * (1 + (k % 10)) * metre, y0 + 0.5 * metre * (k % 2));
  const n = (await frames()) - f0;
  const calls = await page.evaluate(() => (window as unknown as { __glCalls: Record<string, number> }).__glCalls);
  const draws = await page.evaluate(() => (window as unknown as { __halltwin_drawCalls?: number }).__halltwin_drawCalls);
  const checks = await page.evaluate((t) => (window as unknown as W).__editorBench.checkAt.filter((c) => c.t >= t).map((c) => Math.round(c.ms)), t0);
  await page.mouse.up();
  process.stdout.write(`# ${hall}: ${n} frames over ${MOVES} moves; three.js draw calls in the last frame ${draws}; checks during the moves (worker ms): ${checks.join(' ')}\n`);
  for (const [k, v] of Object.entries(calls).sort((a, b) => b[1] - a[1])) process.stdout.write(`${(v / n).toFixed(1).padStart(12)}  ${k}\n`);
} finally {
  await browser.close();
  await new Promise<void>((r) => server.httpServer.close(() => r()));
}
