/**
 * Nav map benchmark: exported HTML size for the county sample (target ≤ 500 KB), the generated 1,000-element hall
 * and the generated 5-floor ~10,000-element hall (target ≤ 1.5 MB), and time to interactive in Chromium at a
 * phone viewport with 4× CPU throttling (target ≤ 1.5 s) for the county sample and the big hall: navigation
 * start → the app marks body[data-ready] after drawing the map and the start point.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHallText } from '../../src/core/io';
import { exportNavMap } from '../../src/nav/export/navmap';
import { launchBrowser } from '../e2e/harness';
import type { Browser } from 'playwright-core';
import type { HallDocument } from '../../src/core/document';
import { generateBigHall, generateHall } from '../fixtures/generated-hall';
import { navMapArgs } from '../fixtures/navmap-args';

/** Navigation start → the app marks body[data-ready], at a phone viewport with 4× CPU throttling; `runs` fresh pages. */
async function interactive(browser: Browser, html: string, from: string, runs: number): Promise<{ median: number; min: number; max: number }> {
  const file = join(mkdtempSync(join(tmpdir(), 'navmap-bench-')), 'nav.html');
  writeFileSync(file, html);
  const url = `${pathToFileURL(file).href}#from=${from}`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 120_000 });
    times.push(Number(await page.getAttribute('body', 'data-ready-at')));
    await context.close();
  }
  times.sort((a, b) => a - b);
  return { median: Math.round(times[Math.floor(times.length / 2)]), min: Math.round(times[0]), max: Math.round(times[times.length - 1]) };
}

async function exported(doc: HallDocument): Promise<{ html: string; bytes: number; kb: number; exportMs: number }> {
  const t0 = performance.now();
  const html = await exportNavMap(...navMapArgs(doc));
  const exportMs = Math.round(performance.now() - t0);
  const bytes = Buffer.byteLength(html);
  return { html, bytes, kb: Math.round(bytes / 1024), exportMs };
}

export async function bench(): Promise<Record<string, unknown>> {
  const r = parseHallText(readFileSync(resolve(import.meta.dirname, '../../models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county hall does not load');
  const county = await exported(r.doc);
  const { html: _g, ...generated } = await exported(generateHall());
  const big = await exported(generateBigHall());
  const browser = await launchBrowser();
  let countyMs: Awaited<ReturnType<typeof interactive>>;
  let bigMs: Awaited<ReturnType<typeof interactive>>;
  try {
    countyMs = await interactive(browser, county.html, 'f1-door-01', 5);
    bigMs = await interactive(browser, big.html, 'f1-door-01-w1', 3);
  } finally {
    await browser.close();
  }
  const { html: _c, ...c } = county;
  const { html: _b, ...b } = big;
  return {
    ...c,
    interactiveMs4xCpu: countyMs,
    generated1000: generated,
    bigHall: { ...b, interactiveMs4xCpu: bigMs },
    bigOverGenerated1000: { bytes: Math.round((big.bytes / generated.bytes) * 100) / 100, exportMs: Math.round((big.exportMs / generated.exportMs) * 100) / 100 },
    targets: { kb: 500, interactiveMs: 1500, bigHallKb: 1536 },
  };
}
