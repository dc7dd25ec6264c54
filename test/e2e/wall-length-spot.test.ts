/**
 * A selected wall's length field stands beside the wall without covering what the user reads: on the county
 * sample at its opening view, for every wall in view, the field hides no room name or other plan label and no
 * panel over the view (at most a sliver where the rooms beside a wall are too small to hold it), as Revit places a
 * temporary dimension off the element.
 */
import { describe, expect, it } from 'vitest';
import { sharedEditor } from './editor-app';
import { shot, viewAtRest } from './harness';

type Vec2 = [number, number];
type El = { id: string; kind: string; a?: Vec2; b?: Vec2 };
type Win = { __halltwin: { editor: { floor: { elements: El[] }; select(ids: string[]): void } }; __halltwin_planToScreen?: (p: Vec2) => Vec2 | undefined };

const app = sharedEditor();

describe('the wall length field', () => {
  it('covers no label and no panel, wall after wall', async () => {
    await viewAtRest(app.page);
    const walls = await app.page.evaluate(() => {
      const w = window as unknown as Win;
      const c = document.querySelector('[data-testid="viewport"] canvas')!.getBoundingClientRect();
      return w.__halltwin.editor.floor.elements
        .filter((e) => e.kind === 'wall')
        .filter((e) => {
          const s = w.__halltwin_planToScreen!([(e.a![0] + e.b![0]) / 2, (e.a![1] + e.b![1]) / 2]);
          return !!s && s[0] > c.left + 40 && s[0] < c.right - 40 && s[1] > c.top + 40 && s[1] < c.bottom - 40;
        })
        .map((e) => e.id);
    });
    expect(walls.length).toBeGreaterThan(10);
    const covered: string[] = [];
    for (const id of walls) {
      await app.page.evaluate((id) => (window as unknown as Win).__halltwin.editor.select([id]), id);
      await app.page.locator('[data-testid="wall-length"]').waitFor();
      const hits = await app.page.evaluate(() => {
        const f = document.querySelector('[data-testid="wall-length"]')!.getBoundingClientRect();
        const others = [...document.querySelectorAll('[data-testid="labels"] > *, .model-controls, .underlay-panel')].filter((n) => {
          const r = n.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(n).visibility !== 'hidden';
        });
        // How much of each label or panel the field hides (a sliver at the edge of a crowded spot leaves it readable).
        return others.flatMap((n) => {
          const r = n.getBoundingClientRect();
          const hidden =
            (Math.max(0, Math.min(f.right, r.right) - Math.max(f.left, r.left)) * Math.max(0, Math.min(f.bottom, r.bottom) - Math.max(f.top, r.top))) / (r.width * r.height);
          return hidden > 0.25 ? [`${n.textContent ?? ''} ${hidden.toFixed(2)}`] : [];
        });
      });
      if (hits.length) covered.push(`${id}: ${hits.join(', ')}`);
    }
    await shot(app.page, 'wall-length-beside');
    expect(covered).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
