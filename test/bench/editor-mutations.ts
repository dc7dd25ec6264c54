/**
 * Which page nodes the editor replaces while a seat is dragged (`npm run build` first):
 * `node --import tsx test/bench/editor-mutations.ts`. Counts DOM nodes removed and added per moved-over place
 * (the nearest ancestor with a test id or class) over the editor bench's sequential moves on the county sample.
 */
import { launchBrowser, startPreview } from '../e2e/harness';
import { openApp, pickSeat, type W } from './editor';

const { server, url } = await startPreview();
const browser = await launchBrowser();
try {
  const { page } = await openApp(browser, url);
  const seat = await pickSeat(page, false);
  await page.evaluate((id) => (window as unknown as W).__halltwin.editor.frame([id], false), seat);
  await page.waitForTimeout(1500);
  const at = await page.evaluate((id) => {
    const w = window as unknown as W;
    const floor = w.__halltwin.editor.doc.floors.find((f) => f.id === w.__halltwin.editor.store.getState().floorId)!;
    return floor.elements.find((e) => e.id === id)!.position!;
  }, seat);
  const [x0, y0] = (await page.evaluate((p) => (window as unknown as W).__halltwin_planToScreen(p), at))!;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  // A string, not a function: tsx would wrap the inner functions in a helper the page does not have.
  await page.evaluate(`(() => {
    const counts = {};
    window.__mut = counts;
    const place = (n) => {
      for (let e = n instanceof Element ? n : (n && n.parentElement); e; e = e.parentElement) {
        const id = e.getAttribute('data-testid') || (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ')[0] : '');
        if (id) return id;
      }
      return '?';
    };
    new MutationObserver((ms) => {
      for (const m of ms) {
        const k = m.type + ' ' + place(m.target) + (m.attributeName ? ' @' + m.attributeName : '');
        counts[k + ' -'] = (counts[k + ' -'] || 0) + m.removedNodes.length;
        counts[k + ' +'] = (counts[k + ' +'] || 0) + m.addedNodes.length;
        if (m.type !== 'childList') counts[k] = (counts[k] || 0) + 1;
      }
    }).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  })()`);
  for (let k = 0; k < 30; k++) {
    await page.mouse.move(x0 + 13 * (1 + (k % 10)), y0 + 13 * (k % 2));
    await page.waitForTimeout(100);
  }
  const counts = await page.evaluate(() => (window as unknown as { __mut: Record<string, number> }).__mut);
  for (const [k, v] of Object.entries(counts).sort((a, b) => b[1] - a[1])) if (v) process.stdout.write(`${String(v).padStart(6)}  ${k}\n`);
  await page.mouse.up();
} finally {
  await browser.close();
  await new Promise<void>((r) => server.httpServer.close(() => r()));
}
