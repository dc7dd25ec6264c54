/**
 * Every export in the editor's File → Export menu, run on the county sample as a user would (options asked in the
 * dialog where the export has any), and each downloaded file opened and checked.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHallText } from '../../src/core/io';
import { EXPORTS } from '../../src/exports/registry';
import { herePoints } from '../../src/nav/export/here-points';
import { qrMatrix, qrUrl } from '../../src/nav/export/qr';
import { type App, openEditor, ROOT, shot, startApp, stopApp } from './harness';

const BASE = 'https://zwfw.example.cn/xiangjiang/navmap.html';
const county = (() => {
  const r = parseHallText(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));
  if (!r.ok) throw new Error('county sample does not load');
  return r.doc;
})();

const text = (b: Buffer) => b.toString('utf8');

/** What each downloaded file must hold; an export without an entry here fails the test. */
const CHECKS: Record<string, (file: Buffer, name: string) => void> = {
  navmap: (b, name) => {
    expect(name).toMatch(/-navmap\.html$/);
    const html = text(b);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain('"湘江县政务服务中心');
  },
  qr: (b, name) => {
    expect(name).toMatch(/-qr\.svg$/);
    const svg = text(b);
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg/);
    // One path of modules per "you are here" point, each exactly the code of its URL under the base URL typed in.
    const paths = [...svg.matchAll(/<path d="([^"]+)" fill="#000"\/>/g)].map((m) => m[1]);
    const points = herePoints(county);
    expect(points.length).toBeGreaterThan(3);
    expect(paths.length).toBe(points.length);
    points.forEach((p, i) => {
      const m = qrMatrix(qrUrl(BASE, p.id));
      let dark = 0;
      for (let r = 0; r < m.size; r++) for (let c = 0; c < m.size; c++) if (m.dark(r, c)) dark++;
      expect((paths[i].match(/z/g) ?? []).length).toBe(dark);
      expect(svg).toContain(p.id);
    });
  },
  imdf: (b, name) => {
    expect(name).toMatch(/-imdf\.zip$/);
    const zip = unzipSync(new Uint8Array(b));
    expect(Object.keys(zip)).toEqual(expect.arrayContaining(['manifest.json', 'venue.geojson', 'level.geojson', 'unit.geojson']));
    expect(JSON.parse(strFromU8(zip['manifest.json'])).version).toBe('1.0.0');
    expect(JSON.parse(strFromU8(zip['unit.geojson'])).features.length).toBeGreaterThan(10);
  },
  geojson: (b, name) => {
    expect(name).toMatch(/\.geojson$/);
    const fc = JSON.parse(text(b)) as { type: string; features: { id: string; geometry: { type: string }; properties: { floor: string } }[] };
    expect(fc.type).toBe('FeatureCollection');
    const elements = county.floors.reduce((n, f) => n + f.elements.length + (f.outline ? 1 : 0), 0);
    expect(fc.features.length).toBe(elements);
    expect(new Set(fc.features.map((f) => f.properties.floor))).toEqual(new Set(county.floors.map((f) => f.id)));
    expect(fc.features.find((f) => f.id === 'f1-door-01')?.geometry.type).toBe('Point');
  },
  report: (b, name) => {
    expect(name).toMatch(/-report\.html$/);
    const html = text(b);
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('湘江县政务服务中心');
    expect(html).toContain('合规检查报告');
    expect(html).not.toMatch(/<script/i);
  },
  bcf: (b, name) => {
    expect(name).toMatch(/\.bcfzip$/);
    const zip = unzipSync(new Uint8Array(b));
    // The dialog chose BCF 3.0.
    expect(strFromU8(zip['bcf.version'])).toMatch(/VersionId="3\.0"/);
    expect(Object.keys(zip)).toContain('project.bcfp');
  },
  ifc: (b, name) => {
    expect(name).toMatch(/\.ifc$/);
    const step = text(b);
    expect(step).toMatch(/^ISO-10303-21;\s*HEADER;/);
    expect(step).toMatch(/FILE_SCHEMA\(\('IFC4'\)\)/);
    expect(step).toMatch(/ENDSEC;\s*END-ISO-10303-21;\s*$/);
    expect((step.match(/IFCBUILDINGSTOREY\(/g) ?? []).length).toBe(county.floors.length);
  },
};

/** Options typed into the dialog for the exports that ask. */
async function fillDialog(page: Page, id: string): Promise<void> {
  const dialog = page.locator('[data-testid="export-dialog"]');
  if (id === 'qr') {
    const input = page.locator('[data-testid="export-opt-base-url"]');
    await input.fill('');
    await expect.poll(() => page.locator('[data-testid="export-run"]').isDisabled()).toBe(true);
    await input.fill('javascript:alert(1)');
    await dialog.locator('.field-error').waitFor();
    expect(await page.locator('[data-testid="export-run"]').isDisabled()).toBe(true);
    await shot(page, 'export-qr-dialog-bad-url');
    await input.fill(BASE);
  }
  if (id === 'bcf') await page.locator('[data-testid="export-opt-bcf-version"]').selectOption('3.0');
  expect(await dialog.locator('.field-error').count()).toBe(0);
}

let app: App;

beforeAll(async () => {
  app = await startApp({ acceptDownloads: true });
});
afterAll(async () => {
  await stopApp(app);
});

describe('File → Export, every entry', () => {
  it('runs each export in the menu on the county sample and the files are what they say', async () => {
    const { page, errors, url } = app;
    await openEditor(page, url);
    await page.locator('[data-testid="file-menu"]').click();
    const ids = await page.locator('[data-testid^="export-"][role="menuitem"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('export-'.length)));
    await shot(page, 'export-menu');
    // The menu is generated from the registry, and every entry has a check below.
    expect(ids).toEqual(EXPORTS.map((d) => d.id));
    expect(Object.keys(CHECKS).sort()).toEqual([...ids].sort());

    for (const id of ids) {
      const def = EXPORTS.find((d) => d.id === id)!;
      if (!(await page.locator('.menu-pop').isVisible())) await page.locator('[data-testid="file-menu"]').click();
      const download = page.waitForEvent('download', { timeout: 90_000 });
      download.catch(() => undefined);
      await page.locator(`[data-testid="export-${id}"]`).click();
      if (def.options.some((o) => o.ask)) {
        await page.locator('[data-testid="export-dialog"]').waitFor();
        await fillDialog(page, id);
        await shot(page, `export-${id}-dialog`);
        await page.locator('[data-testid="export-run"]').click();
      }
      const d = await download;
      const path = await d.path();
      CHECKS[id](readFileSync(path), d.suggestedFilename());
      // The busy bar is gone before the next export is started.
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .busy'));
    }
    expect(await page.locator('.error-banner, [data-testid="error-banner"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
