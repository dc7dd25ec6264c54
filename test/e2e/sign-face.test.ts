/**
 * The sign inspector says which side a sign is read from, as the checks read it: a board faces one way (its plan
 * tick and its 3D text on that side only), a hanging directional sign reads from both sides. Turning a board turns
 * the side the inspector names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapCanvas } from './canvas-pixels';
import { openEditor, planPoint, shot, type App, startApp, stopApp, viewAtRest } from './harness';

type Sign = { id: string; kind: string; signKind?: string; rotation?: number; position?: [number, number] };
type Win = {
  __halltwin: {
    editor: {
      floor: { elements: Sign[] };
      select(ids: string[]): void;
      frame(ids: string[], highlight?: boolean): void;
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

  it('3D: a board seen from behind shows no text, its face does; a hanging sign shows text both ways (pixels)', async () => {
    await app.page.locator('[data-testid="view-3d"]').click();
    // Signs standing in the open, away from walls that would hide them: the ones nearest the middle of the hall.
    const all = await signs();
    const mid = (s: Sign) => Math.hypot((s.position?.[0] ?? 0) - 32, (s.position?.[1] ?? 0) - 16);
    const nearest = (kind: string) => all.filter((s) => s.signKind === kind).sort((a, b) => mid(a) - mid(b))[0];
    const text = { board: [0, 0], hanging: [0, 0] };
    const frames = () => app.page.evaluate(() => (window as unknown as { __halltwin_frames?: number }).__halltwin_frames ?? 0);
    /** Types a value into an inspector field, as a user does, and waits for the view to draw it. */
    const type = async (field: string, value: string) => {
      const before = await frames();
      const input = app.page.locator(`[id="f-${field}"]`);
      if ((await input.inputValue()) === value) return;
      await input.fill(value);
      await input.press('Enter');
      await app.page.waitForFunction((n) => ((window as unknown as { __halltwin_frames?: number }).__halltwin_frames ?? 0) > n, before);
      await viewAtRest(app.page);
    };
    for (const [name, s] of [
      ['board', nearest('zone')],
      ['hanging', nearest('directional')],
    ] as const) {
      await app.page.evaluate((id) => (window as unknown as Win).__halltwin.editor.select([id]), s.id);
      // The 3D view looks from the south-west (camera/camera-goal): at 315° the face looks south-west, towards
      // the camera; at 135° the same sign, in the same place, turns its back to it.
      await type('rotation', '315');
      // Framed, then zoomed in on the sign with the wheel, as a user looks at one closely.
      await app.page.evaluate((id) => (window as unknown as Win).__halltwin.editor.frame([id], false), s.id);
      const [x, y] = await planPoint(app.page, s.position!);
      await app.page.mouse.move(x, y);
      for (let n = 0; n < 10; n++) await app.page.mouse.wheel(0, -120);
      await viewAtRest(app.page);
      await snapCanvas(app.page, `${name}-front`);
      await shot(app.page, `sign-face-3d-${name}-front`);
      await type('rotation', '135');
      await snapCanvas(app.page, `${name}-back`);
      await shot(app.page, `sign-face-3d-${name}-back`);
      // The same view with a blank printed on the sign (a space: the panel is drawn, with no glyph on it).
      await type('text.zh', ' ');
      await snapCanvas(app.page, `${name}-blank`);
      text[name] = await app.page.evaluate(textPixels, [`${name}-front`, `${name}-back`, `${name}-blank`] as const);
    }
    // The board: its text from the front, none from behind. The hanging sign reads from both sides.
    expect(text.board[0], 'text on the board’s face').toBeGreaterThan(40);
    expect(text.board[1], 'text on the board’s back').toBeLessThanOrEqual(2);
    expect(text.hanging[0], 'text on the hanging sign, one side').toBeGreaterThan(40);
    expect(text.hanging[1], 'text on the hanging sign, other side').toBeGreaterThan(40);
    expect(app.errors).toEqual([]);
  });
});

/**
 * The text seen in two snapshots of the canvas (canvas-pixels.ts), against a third of the same view with a blank
 * printed on the sign: the light pixels (the text is white on a dark green panel) where the blank sign is not light.
 */
function textPixels([front, back, blank]: readonly [string, string, string]): [number, number] {
  const snaps = (window as unknown as { __snaps: Record<string, Uint8ClampedArray> }).__snaps;
  const b = snaps[blank];
  const light = (d: Uint8ClampedArray, i: number) => d[i] >= 200 && d[i + 1] >= 200 && d[i + 2] >= 200;
  return [snaps[front], snaps[back]].map((d) => {
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (light(d, i) && !light(b, i)) n++;
    return n;
  }) as [number, number];
}
