/**
 * Rows of the second new user's walk, clicked through in the built app: a zone click never makes a zone over the
 * zones already there; dragging a wall keeps its joined walls joined; the stair/lift tool asks which before placing,
 * and a new floor offers to extend it up; a comment is never stored unsigned and the name is asked once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, clickPlan, drawTwoRooms, newHall as newEmptyHall, openEditor, shot, startApp, stopApp, planPoint } from './harness';

type Vec2 = [number, number];
type El = { id: string; kind: string; polygon?: Vec2[]; a?: Vec2; b?: Vec2; linkKind?: string; floors?: string[] };
type Win = {
  __halltwin: {
    editor: {
      floor: { elements: El[] };
      doc: { floors: { elements: El[] }[]; meta: { findingStates?: Record<string, { comments?: { author: string; text: string }[] }> } };
      store: { getState(): { error?: { message: unknown } } };
    };
  };
  __halltwin_planToScreen?: (p: Vec2) => [number, number] | undefined;
};

let app: App;

const ofKind = (kind: string) => app.page.evaluate((k) => (window as unknown as Win).__halltwin.editor.floor.elements.filter((e) => e.kind === k), kind);
const allOfKind = (kind: string) => app.page.evaluate((k) => (window as unknown as Win).__halltwin.editor.doc.floors.flatMap((f) => f.elements).filter((e) => e.kind === k), kind);
const errorText = () =>
  app.page.evaluate(() => {
    const m = (window as unknown as Win).__halltwin.editor.store.getState().error?.message as { zh?: string } | string | undefined;
    return typeof m === 'string' ? m : (m?.zh ?? '');
  });
const mm = (p?: Vec2) => (p ? `${Math.round(p[0] * 1000) / 1000},${Math.round(p[1] * 1000) / 1000}` : '');

/** Screen position of a plan point once the view is at rest. */
const at = (p: Vec2) => planPoint(app.page, p);

/** A new hall; an offer about the hall that was open (its outline made from walls) went with it. */
async function newHall(): Promise<void> {
  await newEmptyHall(app.page);
  expect(await app.page.locator('[data-testid="outline-offer"]').count()).toBe(0);
}

describe('second walk rows, fixed', () => {
  beforeAll(async () => {
    app = await startApp();
    await openEditor(app.page, app.url, { checked: true });
  });

  afterAll(async () => {
    await stopApp(app);
  });

  it('county sample: a zone-tool click in the middle of 1F makes no zone over the others and names the zone there', async () => {
    const before = (await ofKind('zone')).length;
    await app.page.mouse.move(700, 400);
    await app.page.keyboard.press('z');
    await clickPlan(app.page, [20, 19]);
    await app.page.locator('[data-testid="error-banner"]').waitFor();
    await shot(app.page, 'fixes-zone-click-in-zone');
    expect((await ofKind('zone')).length).toBe(before);
    expect(await errorText()).toContain('这里已是功能区“第一等候区”');
    await app.page.keyboard.press('Escape');
  });

  it('dragging the top wall of a room down keeps the side walls and the partition joined to it', async () => {
    await newHall();
    await drawTwoRooms(app.page);
    await app.page.keyboard.press('v');
    const [ax, ay] = await at([6, 15]);
    const [, by] = await at([6, 13.5]);
    await app.page.mouse.move(ax, ay, { steps: 2 });
    await app.page.mouse.down();
    await app.page.mouse.move(ax, (ay + by) / 2, { steps: 4 });
    await app.page.mouse.move(ax, by, { steps: 4 });
    await app.page.mouse.up();
    await shot(app.page, 'fixes-wall-drag-joined');
    const ends = (await ofKind('wall')).map((w) => [mm(w.a), mm(w.b)].sort().join(' – ')).sort();
    expect(ends).toEqual(
      [
        ['0,3', '20,3'],
        ['20,13.5', '20,3'],
        ['0,13.5', '20,13.5'],
        ['0,13.5', '0,3'],
        ['12,13.5', '12,3'],
      ]
        .map((e) => e.join(' – '))
        .sort(),
    );
  });

  it('the stair/lift tool asks which before placing; a new floor then offers to extend the lift up to it', async () => {
    await newHall();
    await app.page.mouse.move(700, 300);
    await app.page.keyboard.press('l');
    const choice = app.page.locator('[data-testid="tool-choice-select"]');
    await choice.waitFor();
    expect(await choice.inputValue()).toBe('stair');
    await choice.selectOption('elevator');
    await shot(app.page, 'fixes-tool-choice');
    await clickPlan(app.page, [10, 10]);
    const [lift] = await allOfKind('vlink');
    expect(lift.linkKind).toBe('elevator');
    expect(lift.floors).toHaveLength(1);
    await app.page.keyboard.press('Escape');
    await app.page.locator('[data-testid="floor-add"]').click();
    const offer = app.page.locator('[data-testid="link-extend-offer"]');
    await offer.waitFor();
    await shot(app.page, 'fixes-link-extend-offer');
    expect(await offer.textContent()).toContain('电梯 只通到下一层：延伸到 2F？');
    await app.page.locator('[data-testid="link-extend-yes"]').click();
    await offer.waitFor({ state: 'detached' });
    expect((await allOfKind('vlink'))[0].floors).toHaveLength(2);
  });

  it('a comment is never stored unsigned: the name is asked once, then kept as the signature', async () => {
    await app.page.locator('[data-testid="findings-panel"][data-state="current"]').waitFor({ timeout: 60_000 });
    const first = app.page.locator('[data-testid="finding"]').first();
    const key = (await first.getAttribute('data-key'))!;
    await first.click();
    await app.page.locator('[data-testid="finding-detail"]').waitFor();
    const comments = () => app.page.evaluate((k) => (window as unknown as Win).__halltwin.editor.doc.meta.findingStates?.[k]?.comments ?? [], key);
    await app.page.locator('[data-testid="comment-text"]').fill('请核对门宽');
    await app.page.locator('[data-testid="add-comment"]').click();
    await app.page.locator('[data-testid="comment-ask-name"]').waitFor();
    await shot(app.page, 'fixes-comment-asks-name');
    expect(await comments()).toEqual([]);
    await app.page.locator('[data-testid="comment-author"]').fill('李工');
    await app.page.locator('[data-testid="add-comment"]').click();
    await app.page.locator('[data-testid="comment-signature"]').waitFor();
    expect((await comments()).map((c) => [c.author, c.text])).toEqual([['李工', '请核对门宽']]);
    // the next comment is signed without asking again
    await app.page.locator('[data-testid="comment-text"]').fill('已改');
    await app.page.locator('[data-testid="add-comment"]').click();
    await expect.poll(async () => (await comments()).map((c) => c.author)).toEqual(['李工', '李工']);
    expect(await app.page.locator('[data-testid="comment-ask-name"]').count()).toBe(0);
    await shot(app.page, 'fixes-comment-signed');
  });
});
