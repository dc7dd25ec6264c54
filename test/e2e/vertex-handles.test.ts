/** Dragging a vertex handle with the mouse edits that vertex, also of an element whose id holds ':' (IFC ids may). */
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, openEditor, shot, startServed, stopApp } from './harness';
import { calibrate, tapPointer } from './plan-mouse';

let browser: Browser;
let server: PreviewServer;
let url: string;

beforeAll(async () => {
  ({ server, url, browser } = await startServed());
});
afterAll(async () => {
  await stopApp({ browser, server });
});

type Ed = { execute(c: unknown): boolean; select(ids: string[]): void; doc: { floors: { elements: { id: string; polygon?: number[][] }[] }[] } };
const polygonOf = (page: Page, id: string) =>
  page.evaluate((i) => {
    const ed = (window as unknown as { __halltwin: { editor: Ed } }).__halltwin.editor;
    return ed.doc.floors[0].elements.find((e) => e.id === i)?.polygon;
  }, id);

describe('vertex handles', () => {
  it('drag the corner of an obstacle whose id is "ifc:2O2Fr$t4X7Zf8NOew3FLOH:0" and undo it', async () => {
    const { page, errors } = await newPage(browser);
    await openEditor(page, url);
    const id = 'ifc:2O2Fr$t4X7Zf8NOew3FLOH:0';
    // A 2 × 2 m obstacle in the open hall south of the waiting areas, added the way a command would, then selected.
    await page.evaluate((oid) => {
      type Doc = { floors: { elements: unknown[] }[] };
      const ed = (window as unknown as { __halltwin: { editor: Ed } }).__halltwin.editor;
      const el = {
        kind: 'obstacle',
        id: oid,
        polygon: [
          [40, 8],
          [42, 8],
          [42, 10],
          [40, 10],
        ],
        height: 1,
      };
      const onFloor0 = (d: Doc, f: (els: unknown[]) => unknown[]) => ({ ...d, floors: d.floors.map((fl, i) => (i ? fl : { ...fl, elements: f(fl.elements) })) });
      const add = {
        label: 'add',
        apply: (d: Doc) => ({
          doc: onFloor0(d, (els) => [...els, el]),
          inverse: { label: 'remove', apply: (d2: Doc) => ({ doc: onFloor0(d2, (els) => els.filter((e) => e !== el)), inverse: add }) },
        }),
      };
      ed.execute(add);
      ed.select([oid]);
    }, id);
    expect(await polygonOf(page, id)).toBeDefined();
    await tapPointer(page);
    const map = await calibrate(page);
    const [x0, y0] = map.toScreen([42, 10]);
    const [x1, y1] = map.toScreen([44, 12]);
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    await page.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, { steps: 4 });
    await page.mouse.move(x1, y1, { steps: 4 });
    await page.mouse.up();
    await shot(page, 'vertex-drag-colon-id');
    const after = (await polygonOf(page, id))!;
    expect(after[2][0]).toBeCloseTo(44, 0);
    expect(after[2][1]).toBeCloseTo(12, 0);
    expect(after.filter((_, i) => i !== 2)).toEqual([
      [40, 8],
      [42, 8],
      [40, 10],
    ]);
    await page.keyboard.press('Control+z');
    expect((await polygonOf(page, id))![2]).toEqual([42, 10]);
    expect(errors).toEqual([]);
  });
});
