/**
 * Halls without BIM, in real Chromium: drop a 天正-style DXF of the county hall, confirm the layer dialog,
 * see its walls and rooms; bad files leave the open hall as it was; drop a PNG plan, scale it by two points
 * to a known length, trace a zone over it; move, turn and scale it with the mouse handles (one undo each);
 * link it by file name, open the hall elsewhere and locate the file when asked.
 */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hallToDxf } from '../fixtures/cad-plan';
import { gridHall } from '../fixtures/grid-hall';
import { drawPng } from '../fixtures/png';
import { type App, newPage, openEditor, ROOT, shot, startApp, stopApp, viewAtRest } from './harness';
import { calibrate, clickPlan, dragPlan, tapPointer, type Vec2 } from './plan-mouse';

let app: App;
let page: Page;

type El = { id: string; kind: string; name?: string; type?: string; polygon?: [number, number][] };
type Underlay = { metresPerPixel: number; position: [number, number]; widthPx: number; heightPx: number; rotation: number; link?: boolean; data?: string; name: string };
type Win = {
  __halltwin: {
    editor: {
      doc: { meta: { name: string; source?: { kind: string } }; floors: { id: string; name: string; elements: El[]; outline?: unknown; underlay?: Underlay }[] };
      setTool(id: string): void;
      undo(): void;
      store: { getState(): { floorId: string } };
    };
  };
};

async function dropBytes(p: Page, bytes: Buffer, name: string, type = 'application/octet-stream'): Promise<void> {
  await p.evaluate(
    ({ data, name, type }) => {
      const bin = atob(data);
      const b = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) b[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([b], name, { type }));
      for (const t of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(t, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { data: bytes.toString('base64'), name, type },
  );
}

/** A well-formed PDF whose page tree is empty (pdf-lib adds a page to any document it saves, so by hand). */
function emptyPdf(): Buffer {
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const docInfo = (p: Page) =>
  p.evaluate(() => {
    const d = (window as unknown as Win).__halltwin.editor.doc;
    return {
      name: d.meta.name,
      source: d.meta.source?.kind,
      floors: d.floors.map((f) => ({ id: f.id, name: f.name, kinds: f.elements.map((e) => e.kind), outline: !!f.outline, underlay: f.underlay })),
    };
  });

describe('DXF import and plan underlays in the browser', () => {
  beforeAll(async () => {
    app = await startApp();
    page = app.page;
    await openEditor(page, app.url);
    await page.locator('[data-testid="viewport"] canvas').first().waitFor();
  });

  afterAll(async () => {
    await stopApp(app);
  });

  it('a truncated DXF and a DWG give clear messages and keep the open hall', async () => {
    const before = await docInfo(page);
    const county = JSON.parse(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));
    const text = hallToDxf(county);
    await dropBytes(page, Buffer.from(text.slice(0, text.length / 2)), 'cut.dxf');
    const banner = page.locator('[data-testid="error-banner"]');
    await banner.waitFor();
    // The importer's message in the UI's language only: Chinese here, English after switching.
    expect(await banner.textContent()).toMatch(/cut\.dxf[\s\S]*cut\.dxf：文件不完整（在第 \d+ 行处中断/);
    expect(await banner.textContent()).not.toMatch(/cut short/);
    await page.locator('[data-testid="error-dismiss"]').click();
    await page.locator('[data-testid="locale"]').click();
    await dropBytes(page, Buffer.from(text.slice(0, text.length / 2)), 'cut.dxf');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/cut\.dxf: the file is cut short \(it ends at line \d+/);
    expect(await banner.textContent()).not.toMatch(/文件不完整/);
    await shot(page, 'dxf-cut-en');
    await page.locator('[data-testid="error-dismiss"]').click();
    await page.locator('[data-testid="locale"]').click();
    await dropBytes(page, Buffer.from('AC1032\0\0\0'), 'plan.dwg');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/plan\.dwg[\s\S]*DXF/);
    await shot(page, 'dxf-bad-input');
    await page.locator('[data-testid="error-dismiss"]').click();
    expect(await docInfo(page)).toEqual(before);
  });

  it('drop a 天正-style DXF: the layer dialog proposes roles, Import builds walls, doors and named rooms', async () => {
    const county = JSON.parse(readFileSync(resolve(ROOT, 'models/county-hall.hall.json'), 'utf8'));
    await dropBytes(page, Buffer.from(hallToDxf(county, { version: 'AC1015' })), '湘江县政务服务中心.dxf');
    const dialog = page.locator('[data-testid="dxf-dialog"]');
    await dialog.waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="dxf-role-墙"]').inputValue()).toBe('wall');
    expect(await page.locator('[data-testid="dxf-role-门窗"]').inputValue()).toBe('door');
    expect(await page.locator('[data-testid="dxf-role-房间"]').inputValue()).toBe('room');
    expect(await page.locator('[data-testid="dxf-units"]').inputValue()).toBe('mm');
    expect(await page.locator('[data-testid="dxf-frame-0"]').isChecked()).toBe(true);
    expect(await page.locator('[data-testid="dxf-frame-1"]').isChecked()).toBe(true);
    // The user says the furniture layer is only to be shown.
    await page.locator('[data-testid="dxf-role-家具"]').selectOption('other');
    await shot(page, 'dxf-layer-dialog');
    await page.locator('[data-testid="dxf-import"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    const info = await docInfo(page);
    expect(info.source).toBe('dxf');
    expect(info.floors.map((f) => f.name)).toEqual(['1F 一层平面图', '2F 二层平面图']);
    const f1 = info.floors[0];
    expect(f1.kinds.filter((k) => k === 'wall').length).toBeGreaterThanOrEqual(19);
    expect(f1.kinds.filter((k) => k === 'opening').length).toBe(16);
    expect(f1.kinds.filter((k) => k === 'zone').length).toBe(22);
    // Furniture set to "other": the counters' outlines are not obstacles; the sample's own obstacles are.
    expect(f1.kinds.filter((k) => k === 'obstacle').length).toBe(county.floors[0].elements.filter((e: { kind: string }) => e.kind === 'obstacle').length);
    expect(f1.outline).toBe(true);
    const names = await page.evaluate(() => (window as unknown as Win).__halltwin.editor.doc.floors[0].elements.filter((e) => e.kind === 'zone').map((e) => e.name));
    expect(names).toEqual(expect.arrayContaining(['第一等候区', '综合窗口服务区', '无障碍卫生间']));
    await page.locator('[data-testid="dxf-context"]').waitFor();
    await shot(page, 'dxf-imported');
    // The drawing's linework is a context layer that can be faded and hidden.
    await page.locator('[data-testid="dxf-context-opacity"]').fill('20');
    await page.locator('[data-testid="dxf-context-visible"]').uncheck();
    await shot(page, 'dxf-imported-context-hidden');
    await page.locator('[data-testid="dxf-context-visible"]').check();
  });

  it("a drawing set whose upper floor is smaller: the dialog names each plan's axes, the floors line up on them, the axis names show", async () => {
    await dropBytes(page, Buffer.from(hallToDxf(gridHall)), 'grid.dxf');
    const dialog = page.locator('[data-testid="dxf-dialog"]');
    await dialog.waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="dxf-role-轴线"]').inputValue()).toBe('axis');
    expect(await page.locator('[data-testid="dxf-frame-axes-0"]').textContent()).toMatch(/1–5, A–C/);
    expect(await page.locator('[data-testid="dxf-frame-axes-1"]').textContent()).toMatch(/2–4, A–C/);
    await shot(page, 'dxf-grid-dialog');
    await page.locator('[data-testid="dxf-import"]').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    expect(await page.locator('[data-testid="notice"]').textContent()).toMatch(/轴线 2–4, A–C/);
    const minX = await page.evaluate(() =>
      (window as unknown as Win).__halltwin.editor.doc.floors.map((f) =>
        Math.min(...f.elements.filter((e) => e.kind === 'zone').flatMap((e) => (e.polygon ?? []).map((p) => p[0]))),
      ),
    );
    // The upper floor's room starts over axis 2, 8.4 m right of the ground floor's axis 1.
    expect(minX[1] - minX[0]).toBeCloseTo(8.4, 2);
    const axisNames = () =>
      page.evaluate(() =>
        // Axis names use the label style of links; only the full form's text (a label also holds its short form).
        [...document.querySelectorAll<HTMLElement>('[data-testid="labels"] [data-label="link"][data-visible="1"] [data-form="full"]')].map((n) => n.textContent ?? ''),
      );
    await expect.poll(async () => (await axisNames()).sort(), { timeout: 10_000 }).toEqual(['1', '2', '3', '4', '5', 'A', 'B', 'C']);
    await shot(page, 'dxf-grid-floor1');
    await page.locator('[data-testid="floor-F2"] button.floor-name').click();
    // The view frames the smaller floor, so its top bubbles may lie past the edge: registered, shown where in view.
    const allAxisNames = () =>
      page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="labels"] [data-label="link"] [data-form="full"]')].map((n) => n.textContent ?? ''));
    await expect.poll(async () => (await allAxisNames()).sort(), { timeout: 10_000 }).toEqual(['2', '3', '4', 'A', 'B', 'C']);
    await expect.poll(async () => (await axisNames()).sort(), { timeout: 10_000 }).toEqual(expect.arrayContaining(['A', 'B', 'C']));
    await shot(page, 'dxf-grid-floor2');
    // Back to the ground floor, where the next journeys drop their plans.
    await page.locator('[data-testid="floor-F1"] button.floor-name').click();
  });

  it('a 50 MB image and an empty PDF are refused; the hall stays', async () => {
    const before = await docInfo(page);
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(50 * 1048576)], 'photo.png', { type: 'image/png' }));
      for (const t of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(t, { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    const banner = page.locator('[data-testid="error-banner"]');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/photo\.png[\s\S]*50\.0 MB/);
    await page.locator('[data-testid="error-dismiss"]').click();
    await dropBytes(page, emptyPdf(), 'empty.pdf', 'application/pdf');
    await banner.waitFor({ timeout: 30_000 }).catch(async (e) => {
      console.log('ERRORS', app.errors, await docInfo(page).then((d) => (d.floors[0].underlay ? 'underlay set' : 'no underlay')));
      throw e;
    });
    expect(await banner.textContent()).toMatch(/empty\.pdf/);
    await page.locator('[data-testid="error-dismiss"]').click();
    expect(await docInfo(page)).toEqual(before);
  });

  // 400 × 200 px: a 300 px dimension line at y = 190 and a room box from (50, 40) to (350, 160).
  const png = drawPng(
    400,
    200,
    (x, y) => (y === 190 && x >= 50 && x <= 350) || ((x === 50 || x === 350) && y >= 40 && y <= 160) || ((y === 40 || y === 160) && x >= 50 && x <= 350),
  );

  it('drop a PNG plan, scale it by two points to 15 m, trace a zone over its room', async () => {
    await dropBytes(page, png, 'evacuation-plan.png', 'image/png');
    await page.locator('[data-testid="underlay-panel"]').waitFor();
    const u0 = (await docInfo(page)).floors[0].underlay as Underlay;
    expect(u0.widthPx).toBe(400);
    // Pixel → plan with the underlay as it is now (rotation 0: x right, y down in the image).
    const px = (u: Underlay, x: number, y: number): Vec2 => [u.position[0] + x * u.metresPerPixel, u.position[1] - y * u.metresPerPixel];
    await tapPointer(page);
    const map = await calibrate(page);
    await page.locator('[data-testid="underlay-calibrate"]').click();
    await page.locator('[data-testid="underlay-hint"]').waitFor();
    await clickPlan(page, map, px(u0, 50, 190));
    await clickPlan(page, map, px(u0, 350, 190));
    await page.locator('[data-testid="underlay-distance"]').fill('15');
    await shot(page, 'underlay-calibrate');
    await page.locator('[data-testid="underlay-apply"]').click();
    const u1 = (await docInfo(page)).floors[0].underlay as Underlay;
    // Clicks land on the nearest snap or screen pixel (a screen pixel is ~0.1 m here): within 2 %.
    expect(u1.metresPerPixel).toBeGreaterThan(0.049);
    expect(u1.metresPerPixel).toBeLessThan(0.051);
    // Trace the room with the rectangle zone tool (the view may have moved: calibrate the mouse again).
    await page.locator('[data-testid="tool-zone-rect"]').click();
    const map2 = await calibrate(page);
    const before = await page.evaluate(() => (window as unknown as Win).__halltwin.editor.doc.floors[0].elements.map((e) => e.id));
    await dragPlan(page, map2, px(u1, 50, 40), px(u1, 350, 160));
    const added = await page.evaluate((ids) => (window as unknown as Win).__halltwin.editor.doc.floors[0].elements.filter((e) => !ids.includes(e.id)), before);
    const zone = added.find((e) => e.kind === 'zone');
    expect(zone).toBeDefined();
    const poly = zone?.polygon ?? [];
    const xs = poly.map((p) => p[0]);
    const ys = poly.map((p) => p[1]);
    // 300 × 120 px at 0.05 m = 15 × 6 m; the rectangle tool snaps its corners to the 0.5 m grid.
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThanOrEqual(14.5);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(15.5);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThanOrEqual(5.5);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThanOrEqual(6.5);
    await shot(page, 'underlay-traced');
    expect(app.errors).toEqual([]);
  });

  it('underlay handles: drag to move, turn and scale the plan image, each gesture one undo step', async () => {
    const underlay = async () => (await docInfo(page)).floors[0].underlay as Underlay;
    await page.evaluate(() => (window as unknown as Win).__halltwin.editor.setTool('select'));
    await page.locator('[data-testid="underlay-handles"]').check();
    const dragHandle = async (kind: string, dx: number, dy: number) => {
      // A handle read while the view still settles (a glide, the full-resolution redraw after one) is read off.
      await viewAtRest(page);
      const box = await page.locator(`[data-testid="underlay-handle-${kind}"]`).boundingBox();
      if (!box) throw new Error(`no ${kind} handle`);
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let i = 1; i <= 5; i++) await page.mouse.move(x + (dx * i) / 5, y + (dy * i) / 5);
      await page.mouse.up();
    };
    const u0 = await underlay();
    await dragHandle('move', 80, 0);
    const u1 = await underlay();
    // Moved right on the plan (screen x is plan x in the top view), not turned, not scaled.
    expect(u1.position[0]).toBeGreaterThan(u0.position[0] + 0.5);
    expect(u1.position[1]).toBeCloseTo(u0.position[1], 1);
    expect(u1.metresPerPixel).toBe(u0.metresPerPixel);
    await page.evaluate(() => (window as unknown as Win).__halltwin.editor.undo());
    expect((await underlay()).position).toEqual(u0.position);
    await dragHandle('move', 80, 0);
    await dragHandle('rotate', 120, 60);
    const u2 = await underlay();
    expect(Math.abs(u2.rotation)).toBeGreaterThan(5);
    // The turn swings the corner below the view, where its handle hides: pan the plan up with the right button first.
    const vp = await page.locator('[data-testid="viewport"]').boundingBox();
    if (!vp) throw new Error('no viewport');
    await page.mouse.move(vp.x + vp.width * 0.8, vp.y + vp.height * 0.5);
    await page.mouse.down({ button: 'right' });
    for (let i = 1; i <= 5; i++) await page.mouse.move(vp.x + vp.width * 0.8, vp.y + vp.height * 0.5 - 30 * i);
    await page.mouse.up({ button: 'right' });
    await expect.poll(() => page.locator('[data-testid="underlay-handle-scale"]').evaluate((n) => (n as HTMLElement).style.visibility)).toBe('');
    // Outward along the diagonal, from the centre through the corner, whatever the turn.
    const c = await page.locator('[data-testid="underlay-handle-move"]').boundingBox();
    const k = await page.locator('[data-testid="underlay-handle-scale"]').boundingBox();
    if (!c || !k) throw new Error('no handles');
    await dragHandle('scale', (k.x - c.x) * 0.3, (k.y - c.y) * 0.3);
    const u3 = await underlay();
    expect(u3.metresPerPixel).toBeGreaterThan(u2.metresPerPixel);
    await shot(page, 'underlay-handles');
    // Undo takes back the scale alone, then the turn alone.
    await page.evaluate(() => (window as unknown as Win).__halltwin.editor.undo());
    expect((await underlay()).metresPerPixel).toBe(u2.metresPerPixel);
    await page.evaluate(() => (window as unknown as Win).__halltwin.editor.undo());
    expect((await underlay()).rotation).toBe(u1.rotation);
    await page.locator('[data-testid="underlay-handles"]').uncheck();
    expect(app.errors).toEqual([]);
  });

  it('underlay linked by file name: saved without the image, asked for on open, located, hall kept', async () => {
    await page.locator('[data-testid="underlay-link"]').check();
    const u = (await docInfo(page)).floors[0].underlay as Underlay;
    expect(u.link).toBe(true);
    expect(u.data).toBeUndefined();
    const text = await page.evaluate(() => JSON.stringify((window as unknown as Win).__halltwin.editor.doc));
    expect(text).not.toContain('data:image');
    const zones = (await docInfo(page)).floors[0].kinds.filter((k) => k === 'zone').length;
    // Another browser session opens the saved hall: the image is not there, so it is asked for.
    const other = await newPage(app.browser);
    try {
      await other.page.goto(app.url);
      await other.page.waitForFunction(() => !!(window as unknown as { __halltwin?: unknown }).__halltwin);
      await dropBytes(other.page, Buffer.from(text), 'linked.hall.json', 'application/json');
      const prompt = other.page.locator('[data-testid="locate-files"]');
      await prompt.waitFor();
      expect(await prompt.textContent()).toContain('evacuation-plan.png');
      // The hall is open behind the prompt, all of it.
      expect((await docInfo(other.page)).floors[0].kinds.filter((k) => k === 'zone').length).toBe(zones);
      await shot(other.page, 'underlay-link-prompt');
      const floorId = (await docInfo(other.page)).floors[0].id;
      await other.page.locator(`[data-testid="underlay-locate-${floorId}"]`).setInputFiles({ name: 'evacuation-plan.png', mimeType: 'image/png', buffer: png });
      await prompt.waitFor({ state: 'detached' });
      await other.page.locator('[data-testid="underlay-panel"]').waitFor();
      expect(await other.page.locator('[data-testid="underlay-missing"]').count()).toBe(0);
      const back = (await docInfo(other.page)).floors[0].underlay as Underlay;
      expect(back).toMatchObject({ name: 'evacuation-plan.png', link: true, metresPerPixel: u.metresPerPixel, position: u.position });
      await shot(other.page, 'underlay-link-located');
      expect(other.errors).toEqual([]);
    } finally {
      await other.context.close();
    }
  });
});
