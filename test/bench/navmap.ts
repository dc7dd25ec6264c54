/**
 * Nav map benchmark: exported HTML size for the county sample (target ≤ 500 KB) and time to interactive in
 * Chromium at a phone viewport with 4× CPU throttling (target ≤ 1.5 s): navigation start → the app marks
 * body[data-ready] after drawing the map and the start point.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHallText } from '../../src/core/io';
import { exportNavMap } from '../../src/nav/export/navmap';
import { launchBrowser } from '../e2e/harness';

export async function bench(): Promise<Record<string, unknown>> {
  const r = parseHallText(readFileSync(resolve(import.meta.dirname, '../../models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county hall does not load');
  const t0 = performance.now();
  const html = await exportNavMap(r.doc);
  const exportMs = performance.now() - t0;
  const file = join(mkdtempSync(join(tmpdir(), 'navmap-bench-')), 'nav.html');
  writeFileSync(file, html);
  const url = `${pathToFileURL(file).href}#from=f1-door-01`;
  const browser = await launchBrowser();
  const runs: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(url);
      await page.waitForSelector('body[data-ready="1"]');
      runs.push(Number(await page.getAttribute('body', 'data-ready-at')));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  runs.sort((a, b) => a - b);
  return {
    bytes: Buffer.byteLength(html),
    kb: Math.round(Buffer.byteLength(html) / 1024),
    exportMs: Math.round(exportMs),
    interactiveMs4xCpu: { median: Math.round(runs[2]), min: Math.round(runs[0]), max: Math.round(runs[4]) },
    targets: { kb: 500, interactiveMs: 1500 },
  };
}
