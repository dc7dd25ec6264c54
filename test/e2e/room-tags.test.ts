/**
 * Room tags in the plan, in the built app on the county sample: a room given a number in the inspector shows it over
 * its name, and in English the 2F rooms with long names ("Business services", "Enterprise services") are read whole
 * at the opening zoom, on two lines where one does not fit, never overlapping another label.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openEditor, shot, startApp, stopApp, viewAtRest } from './harness';

let app: App;

type Zone = { id: string; kind: string; type?: string; name?: string };
type Ed = {
  select(ids: string[]): void;
  store: { getState(): { doc: { floors: { id: string; elements: Zone[] }[] } }; setState(s: Record<string, unknown>): void };
};
const editor = 'window.__halltwin.editor';

/** The zone labels shown: the text of the form shown and its box on the page. */
function shownZoneLabels(): Promise<{ text: string; form: string; box: { x0: number; y0: number; x1: number; y1: number } }[]> {
  return app.page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-label="zone"][data-visible="1"]')].map((n) => {
      const form = [...n.querySelectorAll<HTMLElement>('[data-form]')].find((f) => f.style.display !== 'none')!;
      const r = n.getBoundingClientRect();
      return { text: form.textContent ?? '', form: form.dataset.form ?? '', box: { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom } };
    }),
  );
}

const overlap = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('room tags in the plan', () => {
  beforeAll(async () => {
    app = await startApp();
    await openEditor(app.page, app.url);
    await viewAtRest(app.page);
  });

  afterAll(async () => {
    await stopApp(app);
  });

  it('a room numbered in the inspector shows its number over its name', async () => {
    const id = await app.page.evaluate(`${editor}.store.getState().doc.floors[0].elements.find((e) => e.kind === 'zone' && e.name === '母婴室').id`);
    await app.page.evaluate((i) => (window as unknown as { __halltwin: { editor: Ed } }).__halltwin.editor.select([i as string]), id);
    const field = app.page.locator('[data-field="number"] input');
    await field.fill('105');
    await field.press('Enter');
    await app.page.keyboard.press('Escape');
    await expect.poll(async () => (await shownZoneLabels()).map((l) => l.text)).toContain('105\n母婴室');
    await shot(app.page, 'room-tag-number');
    expect(app.errors).toEqual([]);
  });

  it('in English, 2F room names are whole at the opening zoom, on two lines where one does not fit', async () => {
    await app.page.locator('[data-testid="locale"]').click();
    const f2 = await app.page.evaluate(`${editor}.store.getState().doc.floors[1].id`);
    await app.page.evaluate((f) => (window as unknown as { __halltwin: { editor: Ed } }).__halltwin.editor.store.setState({ floorId: f }), f2);
    await viewAtRest(app.page);
    await shot(app.page, 'room-tags-2f-en');
    const labels = await shownZoneLabels();
    const names = labels.map((l) => l.text.replace(/\n/g, ' '));
    expect(names.filter((n) => n === 'Business services').length).toBe(2);
    expect(names).toContain('Enterprise services');
    expect(labels.filter((l) => l.form === 'short')).toEqual([]);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i].box, labels[j].box), `${labels[i].text} × ${labels[j].text}`).toBe(false);
    expect(app.errors).toEqual([]);
  });
});
