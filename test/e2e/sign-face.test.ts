/**
 * The sign inspector says which side a sign is read from, as the checks read it: a board faces one way (its plan
 * tick and its 3D text on that side only), a hanging directional sign reads from both sides. Turning a board turns
 * the side the inspector names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, shot, type App, startApp, stopApp } from './harness';

type Sign = { id: string; kind: string; signKind?: string; rotation?: number; position?: [number, number] };
type Win = {
  __halltwin: {
    editor: {
      floor: { elements: Sign[] };
      select(ids: string[]): void;
      frame(ids: string[]): void;
      store: { setState(s: Record<string, unknown>): void };
    };
  };
};

let app: App;
beforeAll(async () => {
  app = await startApp();
  await openEditor(app.page, app.url);
});
afterAll(async () => {
  await stopApp(app);
});

const signs = () => app.page.evaluate(() => (window as unknown as Win).__halltwin.editor.floor.elements.filter((e) => e.kind === 'sign'));
const note = async () => (await app.page.locator('[data-testid="sign-face"]').textContent()) ?? '';

describe('sign face in the inspector and in 3D', () => {
  it('names the side a board faces, and both sides for a hanging directional sign', async () => {
    const all = await signs();
    const board = all.find((s) => s.signKind === 'layout-map' || s.signKind === 'floor-directory' || s.signKind === 'service-hours');
    const hanging = all.find((s) => s.signKind === 'directional');
    expect(board && hanging).toBeTruthy();
    await app.page.evaluate((id) => (window as unknown as Win).__halltwin.editor.select([id]), board!.id);
    // rotation 0 faces south, 90 east, 180 north, 270 west (core/kinds/sign/face)
    const expected = ['南', '东', '北', '西'][Math.round((((board!.rotation ?? 0) % 360) + 360) / 90) % 4];
    await expect.poll(note).toContain(`正面朝${expected}`);
    await shot(app.page, 'sign-face-board-inspector');
    await app.page.evaluate((id) => (window as unknown as Win).__halltwin.editor.select([id]), hanging!.id);
    await expect.poll(note).toContain('两侧均可读');
  });

  it('turning the board by 180° turns the side the inspector names', async () => {
    const board = (await signs()).find((s) => s.signKind === 'layout-map' || s.signKind === 'floor-directory' || s.signKind === 'service-hours')!;
    await app.page.evaluate((id) => (window as unknown as Win).__halltwin.editor.select([id]), board.id);
    const before = await note();
    const input = app.page.locator('#f-rotation');
    await input.fill(String(((board.rotation ?? 0) + 180) % 360));
    await input.press('Enter');
    await expect.poll(note).not.toBe(before);
    const opposite: Record<string, string> = { 南: '北', 北: '南', 东: '西', 西: '东' };
    const side = /正面朝(.)/.exec(before)![1];
    expect(await note()).toContain(`正面朝${opposite[side]}`);
  });

  it('3D: a board carries its text on its face only (screenshot)', async () => {
    const board = (await signs()).find((s) => s.signKind === 'layout-map' || s.signKind === 'floor-directory' || s.signKind === 'service-hours')!;
    await app.page.locator('[data-testid="view-3d"]').click();
    await app.page.evaluate((id) => (window as unknown as Win).__halltwin.editor.frame([id]), board.id);
    await app.page.waitForTimeout(800);
    await shot(app.page, 'sign-face-3d');
    expect(app.errors).toEqual([]);
  });
});
