/**
 * The retrofit planner's audit in Chromium: import the duplex office, confirm the proposed main entrance,
 * type its rooms in bulk from the room schedule, accept a finding with a reason, export the report (and
 * print it to PDF), with screenshots of the schedule, the findings panel and every report page.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFile, openEditor, ROOT, shot, SHOTS, type App, startApp, stopApp } from './harness';

const DUPLEX = resolve(ROOT, '../shared/ifc/duplex.ifc');

type El = { id: string; kind: string; type?: string; entrance?: string; typeGuess?: unknown };
type Win = {
  __halltwin: {
    editor: {
      doc: { meta: { source?: { fileName?: string }; findingStates?: Record<string, { status: string; reason?: string }> }; floors: { id: string; elements: El[] }[] };
      store: { getState(): { selection: string[]; floorId: string } };
    };
  };
  __panelStates: string[];
};

let app: App;

const zones = () => app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.doc.floors.flatMap((f) => f.elements.filter((e) => e.kind === 'zone')));

describe.skipIf(!existsSync(DUPLEX))('the retrofit audit of duplex.ifc', () => {
  beforeAll(async () => {
    app = await startApp({ acceptDownloads: true });
    await openEditor(app.page, app.url, { checked: true });
  });

  afterAll(async () => {
    await stopApp(app);
  });

  it("imports the model and never shows the previous hall's verdict while the new one is checked", async () => {
    await app.page.evaluate(() => {
      const w = window as unknown as Win;
      w.__panelStates = [];
      const panel = document.querySelector('[data-testid="findings-panel"]')!;
      new MutationObserver(() => {
        const d = w.__halltwin.editor.doc;
        const score = document.querySelector('[data-testid="findings-score"]');
        w.__panelStates.push(`${d.meta.source?.fileName ?? 'sample'}|${panel.getAttribute('data-state')}|${score ? 'score' : 'no-score'}`);
      }).observe(panel, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await dropFile(app.page, DUPLEX, 'duplex.ifc');
    await app.page.locator('[data-testid="busy"]').waitFor({ state: 'detached', timeout: 90_000 });
    await expect.poll(() => app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.doc.meta.source?.fileName), { timeout: 30_000 }).toBe('duplex.ifc');
    await app.page.locator('[data-testid="findings-panel"][data-state="current"]').waitFor({ timeout: 60_000 });
    const seen = await app.page.evaluate(() => (window as unknown as Win).__panelStates.filter((s) => s.startsWith('duplex.ifc')));
    // Between the import and its first check the panel said "checking" and showed no score.
    expect(seen.some((s) => /\|(other-hall|checking|none)\|no-score$/.test(s))).toBe(true);
    expect(seen.filter((s) => s.endsWith('|score')).every((s) => s.includes('|current|'))).toBe(true);
  });

  it('proposes the main entrance from the outer walls and sets it in one click', async () => {
    await app.page.locator('[data-testid="entrance-bar"]').waitFor();
    await app.page.locator('[data-testid="entrance-confirm"]').click();
    const mains = await app.page.evaluate(() =>
      (window as unknown as Win).__halltwin.editor.doc.floors.flatMap((f) => f.elements.filter((e) => e.kind === 'opening' && e.entrance === 'main').map((e) => e.id)),
    );
    expect(mains).toHaveLength(1);
    await app.page.locator('[data-testid="entrance-bar"]').waitFor({ state: 'detached' });
  });

  it('types the unclassified rooms in bulk from the room schedule; a row frames its room', async () => {
    await app.page.locator('[data-testid="open-schedule"]').click();
    const schedule = app.page.locator('[data-testid="room-schedule"]');
    await schedule.waitFor();
    const all = await zones();
    expect(await app.page.locator('[data-testid="schedule-row"]').count()).toBe(all.length);
    await shot(app.page, 'audit-schedule');
    const unclassified = all.filter((z) => z.type === 'unclassified');
    expect(unclassified.length).toBeGreaterThan(0);
    await app.page.locator('[data-testid="schedule-type-filter"]').selectOption('unclassified');
    await expect.poll(() => app.page.locator('[data-testid="schedule-row"]').count()).toBe(unclassified.length);
    await app.page.locator('[data-testid="schedule-select-all"]').check();
    await app.page.locator('[data-testid="bulk-type"]').selectOption('waiting');
    await app.page.locator('[data-testid="bulk-apply"]').click();
    await expect.poll(async () => (await zones()).filter((z) => z.type === 'unclassified').length).toBe(0);
    const retyped = (await zones()).filter((z) => unclassified.some((u) => u.id === z.id));
    expect(retyped.every((z) => z.type === 'waiting' && !z.typeGuess)).toBe(true);
    await app.page.locator('[data-testid="schedule-type-filter"]').selectOption('');
    await app.page.locator('[data-testid="schedule-row"]').nth(2).click();
    const picked = await app.page.locator('[data-testid="schedule-row"]').nth(2).getAttribute('data-id');
    await expect.poll(() => app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.store.getState().selection)).toEqual([picked]);
    await shot(app.page, 'audit-schedule-typed');
    await app.page.locator('[data-testid="schedule-close"]').click();
  });

  it('accepts a finding with a reason; it is kept in the hall and shown as accepted', async () => {
    await app.page.locator('[data-testid="findings-panel"][data-state="current"]').waitFor({ timeout: 60_000 });
    const first = app.page.locator('[data-testid="finding"]').first();
    const key = await first.getAttribute('data-key');
    await first.click();
    await app.page.locator('[data-testid="finding-detail"]').waitFor();
    await app.page.locator('[data-testid="accept-reason"]').fill('既有建筑结构所限，业主同意保留');
    await app.page.locator('[data-testid="accept"]').click();
    // An acceptance is signed: a planner who has not given a name yet is asked for it first.
    await app.page.locator('[data-testid="accept-ask-name"]').waitFor();
    await app.page.locator('[data-testid="comment-author"]').fill('李工');
    await app.page.locator('[data-testid="accept"]').click();
    await expect
      .poll(() => app.page.evaluate((k) => (window as unknown as Win).__halltwin.editor.doc.meta.findingStates?.[k!], key))
      .toMatchObject({ status: 'accepted', reason: '既有建筑结构所限，业主同意保留', acceptedBy: '李工' });
    await expect.poll(() => app.page.locator(`[data-testid="finding"][data-key="${key}"]`).getAttribute('data-status')).toBe('accepted');
    await app.page.locator('[data-testid="filter-search"]').fill('门');
    await expect.poll(async () => Number(await app.page.locator('[data-testid="findings-list"]').getAttribute('data-rows'))).toBeGreaterThan(0);
    await shot(app.page, 'audit-findings');
    await app.page.locator('[data-testid="filter-search"]').fill('');
  });

  it('exports the report (and a PDF of it): grouped, named for people, accepted apart, under 1.5 MB', async () => {
    await app.page.locator('[data-testid="file-menu"]').click();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.locator('[data-testid="export-report"]').click()]);
    const path = await download.path();
    const html = readFileSync(path, 'utf8');
    expect(statSync(path).size).toBeLessThan(1.5e6);
    expect(html).toContain('既有建筑结构所限，业主同意保留');
    expect(html).toContain('李工');
    expect(html.replace(/<[^>]+>/g, ' ')).not.toMatch(/\b(door|zone|wall)-\d+\b/);
    const out = resolve(SHOTS, 'audit-report.html');
    writeFileSync(out, html);
    const report = await app.context.newPage();
    await report.setViewportSize({ width: 820, height: 1160 });
    await report.goto(`file://${out}`);
    const height = await report.evaluate(() => document.body.scrollHeight);
    for (let y = 0, i = 0; y < height && i < 12; y += 1160, i++)
      await report.screenshot({ path: resolve(SHOTS, `audit-report-${i}.png`), clip: { x: 0, y, width: 820, height: Math.min(1160, height - y) }, fullPage: true });
    const pdf = await report.pdf({ format: 'A4', printBackground: true, path: resolve(SHOTS, 'audit-report.pdf') });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await report.close();
    expect(app.errors).toEqual([]);
  });
});
