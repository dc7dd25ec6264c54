/**
 * Browser-test harness: Debian's Chromium driven by playwright-core (never a downloaded browser),
 * and the built app served by `vite preview` on loopback.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { navMapArgs } from '../fixtures/navmap-args';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHOTS = resolve(ROOT, 'test-results/screenshots');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function chromiumPath(): string {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(p)) throw new Error(`Chromium not found at ${p}: apt-get install -y chromium (see .ci/run)`);
  return p;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/** Serve dist/ (built by `npm run build`) on a free loopback port. */
export async function startPreview(): Promise<{ server: PreviewServer; url: string }> {
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const server = await preview({ root: ROOT, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'silent' });
  const addr = server.httpServer.address();
  const port = typeof addr === 'object' && addr ? addr.port : 4173;
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** A page that fails the test on uncaught errors and records console errors. */
export async function newPage(browser: Browser, opts: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...opts });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = resolve(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Waits until the view has drawn no frame for 300 ms (a framing, zoom or re-framing after a panel resize has come to
 * rest), at most `maxMs`. Positions read while the camera still moves put a click a fraction of a metre off.
 */
export async function viewAtRest(page: Page, maxMs = 10_000): Promise<void> {
  const frames = () => page.evaluate(() => (window as unknown as { __halltwin_frames?: number }).__halltwin_frames ?? 0);
  const t0 = Date.now();
  let last = await frames();
  let since = Date.now();
  while (Date.now() - since < 300 && Date.now() - t0 < maxMs) {
    await page.waitForTimeout(75);
    const n = await frames();
    if (n !== last) {
      last = n;
      since = Date.now();
    }
  }
}

/** Screen position of a plan point once the view is at rest (the app's own projection, so clicks land on the plan). */
export async function planPoint(page: Page, p: [number, number]): Promise<[number, number]> {
  await viewAtRest(page);
  type W = { __halltwin_planToScreen?: (q: [number, number]) => [number, number] | undefined };
  const s = await page.evaluate((q) => (window as unknown as W).__halltwin_planToScreen?.(q), p);
  if (!s) throw new Error(`plan point ${p} is not on screen`);
  return s;
}

/** Clicks a plan point as a user does: the pointer moved onto it (the view at rest), then a click. */
export async function clickPlan(page: Page, p: [number, number]): Promise<void> {
  const [x, y] = await planPoint(page, p);
  await page.mouse.move(x, y, { steps: 3 });
  await page.mouse.click(x, y);
}

/** With the wall tool (W), clicks a chain of walls through `points`, then ends the chain (Escape). */
export async function drawWalls(page: Page, points: readonly [number, number][]): Promise<void> {
  await page.keyboard.press('w');
  for (const p of points) await clickPlan(page, p);
  await page.keyboard.press('Escape');
}

/** A 20 × 12 m hall of walls from (0, 3), split by a partition at x = 12 into rooms of 12 × 12 and 8 × 12 m. */
export async function drawTwoRooms(page: Page): Promise<void> {
  await page.mouse.move(700, 300);
  await drawWalls(page, [
    [0, 3],
    [20, 3],
    [20, 15],
    [0, 15],
    [0, 3],
  ]);
  await drawWalls(page, [
    [12, 3],
    [12, 15],
  ]);
  await page.keyboard.press('Escape');
}

/** File → New over the open hall (answering "don't save" when asked), until its floor is empty and the view at rest. */
export async function newHall(page: Page): Promise<void> {
  await page.locator('[data-testid="file-menu"]').click();
  await replacingHall(page, () => page.locator('[data-testid="file-new"]').click());
  type W = { __halltwin: { editor: { floor: { elements: unknown[] } } } };
  await page.waitForFunction(() => (window as unknown as W).__halltwin.editor.floor.elements.length === 0);
  await viewAtRest(page);
}

/**
 * Opens the editor at `url` and waits until it is usable: the editor object, the hall's name and the view's canvas;
 * with `checked`, also the first check's score line.
 */
export async function openEditor(page: Page, url: string, opts: { checked?: boolean } = {}): Promise<void> {
  await page.goto(url);
  await waitEditor(page, opts);
}

/** Waits for the editor of a page already loading (after a reload, or a page opened by the app). */
export async function waitEditor(page: Page, opts: { checked?: boolean } = {}): Promise<void> {
  await page.waitForFunction(() => !!(window as unknown as { __halltwin?: unknown }).__halltwin);
  await page.locator('[data-testid="hall-name"]').waitFor();
  await page.locator('[data-testid="viewport"] canvas').first().waitFor();
  if (opts.checked) await page.locator('[data-testid="findings-score"]').waitFor();
}

/**
 * Runs `replace` (an open, import or drop that replaces the hall) and answers "don't save" when the editor asks about
 * unsaved edits (a DXF asks later, at the dialog's Import, and only when it replaces the hall), as a user who means to replace the hall does. Whether it will ask is read from the page first, so a
 * test never waits for a question that does not come, nor misses one that does.
 */
export async function replacingHall(page: Page, replace: () => Promise<unknown>): Promise<void> {
  const asks = await page.evaluate(() => (window as unknown as { __halltwin: { unsaved(): boolean } }).__halltwin.unsaved());
  await replace();
  if (!asks) return;
  // A drawing asks at its Import, not at the drop: the layer dialog comes first.
  await page.locator('[data-testid="unsaved-prompt"], [data-testid="dxf-dialog"]').first().waitFor({ timeout: 60_000 });
  if (await page.locator('[data-testid="unsaved-prompt"]').count()) await page.locator('[data-testid="unsaved-discard"]').click();
}

/** Drops a file on the page as a user drags it from the desktop (answering "don't save" if the editor asks). */
export async function dropFile(page: Page, file: string | Buffer, name: string): Promise<void> {
  await replacingHall(page, () =>
    page.evaluate(
      ({ data, name }) => {
        const bin = atob(data);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name, { type: 'application/x-step' }));
        for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      { data: (typeof file === 'string' ? readFileSync(file) : file).toString('base64'), name },
    ),
  );
}

/** The built app served on loopback and Chromium, for a test file that opens its own pages. */
export interface Served {
  server: PreviewServer;
  url: string;
  browser: Browser;
}

/** …and the one page a test file's tests share (not yet navigated), with its recorded errors. */
export interface App extends Served {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

export async function startServed(): Promise<Served> {
  const { server, url } = await startPreview();
  return { server, url, browser: await launchBrowser() };
}

export async function startApp(opts: Parameters<Browser['newContext']>[0] = {}): Promise<App> {
  const served = await startServed();
  return { ...served, ...(await newPage(served.browser, opts)) };
}

/**
 * The app started with print() counted instead of opened (a headless browser cannot answer its dialog): every frame's
 * call adds one to the top window's `__prints`.
 */
export async function startAppCountingPrints(opts: Parameters<Browser['newContext']>[0] = {}): Promise<App> {
  const app = await startApp(opts);
  await app.context.addInitScript(() => {
    window.print = () => {
      const top = window.top as unknown as { __prints?: number };
      top.__prints = (top.__prints ?? 0) + 1;
    };
  });
  return app;
}

/** Closes what `startApp` or `startServed` started, as far as it got. */
export async function stopApp(app: Partial<App> | undefined): Promise<void> {
  await app?.context?.close();
  await app?.browser?.close();
  await app?.server?.httpServer.close();
}

/** A phone as the citizen holds it: 390 × 844 CSS px, touch, two device pixels per CSS pixel. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

/** The county sample's phone map and the Chromium a phone-map test file opens it in. */
export interface NavMapApp {
  url: string;
  browser: Browser;
}

export async function startNavMapApp(): Promise<NavMapApp> {
  return { url: await countyNavMap(), browser: await launchBrowser() };
}

/**
 * The county sample's phone map (or the hall `edit` makes of it) exported to a temporary file; its file:// URL, as a
 * citizen opens it with no server. Imported lazily so editor tests do not load the exporter.
 */
export async function countyNavMap(edit?: (doc: import('../../src/core/document').HallDocument) => void): Promise<string> {
  const [{ mkdtempSync, writeFileSync }, { tmpdir }, { join }, { pathToFileURL }, { parseHallText }, { exportNavMap }] = await Promise.all([
    import('node:fs'),
    import('node:os'),
    import('node:path'),
    import('node:url'),
    import('../../src/core/io'),
    import('../../src/nav/export/navmap'),
  ]);
  const r = parseHallText(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county hall does not load');
  edit?.(r.doc);
  const file = join(mkdtempSync(join(tmpdir(), 'navmap-')), 'nav.html');
  writeFileSync(file, await exportNavMap(...navMapArgs(r.doc)));
  return pathToFileURL(file).href;
}

export interface NavMapPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
  close: () => Promise<void>;
}

/**
 * Opens a phone map at `url` + `hash` on a PHONE in `locale` (Chinese unless told), after `init` scripts (a speech
 * stub), and waits until the app has drawn its first layout.
 */
export async function openNavMap(
  browser: Browser,
  url: string,
  hash = '',
  opts: { locale?: string; init?: string; context?: Parameters<Browser['newContext']>[0] } = {},
): Promise<NavMapPage> {
  const { context, page, errors } = await newPage(browser, { ...PHONE, locale: opts.locale ?? 'zh-CN', ...opts.context });
  if (opts.init) await context.addInitScript(opts.init);
  await page.goto(`${url}${hash}`);
  await page.waitForSelector('body[data-ready="1"]');
  await page.waitForFunction(() => Number(document.querySelector('svg.overlay')?.getAttribute('data-layout') ?? 0) > 0);
  return { context, page, errors, close: () => context.close() };
}

/**
 * Waits until the phone map has laid out its labels for everything done so far: a pan, zoom, route or floor change
 * schedules one layout on the next animation frame, so two frames later it has run.
 */
export async function mapLaidOut(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}
