/**
 * The furniture type in the inspector: unset, it says the checks read the piece by its height; a type chosen can be
 * taken back to unset, and undo brings the type again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, shot, type App, startApp, stopApp } from './harness';

type Obstacle = { id: string; kind: string; role?: string };
type Win = { __halltwin: { editor: { floor: { elements: Obstacle[] }; select(ids: string[]): void; undo(): void } } };

let app: App;
beforeAll(async () => {
  app = await startApp();
  await openEditor(app.page, app.url);
});
afterAll(async () => {
  await stopApp(app);
});

const roleOf = (id: string) => app.page.evaluate((i) => (window as unknown as Win).__halltwin.editor.floor.elements.find((e) => e.id === i)?.role ?? null, id);

describe('furniture type in the inspector', () => {
  it('shows unset as read by height, sets a table and takes it back to unset', async () => {
    const { page } = app;
    const id = 'f1-obstacle-07';
    await page.evaluate((i) => (window as unknown as Win).__halltwin.editor.select([i]), id);
    const select = page.locator('#f-role');
    await select.waitFor();
    expect(await select.locator('option:checked').textContent()).toBe('未指定（按高度判断）');
    await select.selectOption('table');
    await expect.poll(() => roleOf(id)).toBe('table');
    expect(await select.locator('option:checked').textContent()).toBe('桌子');
    await shot(page, 'furniture-role-table');
    await select.selectOption({ label: '未指定（按高度判断）' });
    await expect.poll(() => roleOf(id)).toBe(null);
    expect(await select.locator('option:checked').textContent()).toBe('未指定（按高度判断）');
    await page.evaluate(() => (window as unknown as Win).__halltwin.editor.undo());
    await expect.poll(() => roleOf(id)).toBe('table');
  });
});
