/**
 * The view's pixels as the user sees them. The WebGL canvas does not keep its drawing buffer (keeping it cost a
 * copy of every frame in software WebGL), so reading it back with drawImage after the frame was shown gives a
 * blank image; a screenshot of the canvas's box shows the last frame drawn, which is what the on-demand tests ask
 * about. The label layer over the canvas is hidden for the shot, so only the canvas's own pixels count.
 */
import type { Page } from 'playwright-core';

type SnapWin = { __snaps?: Record<string, Uint8ClampedArray> };

/**
 * Keeps the pixels of the last frame drawn under `name` in the page (window.__snaps), scaled to `size` when
 * given; returns their count.
 */
export async function snapCanvas(page: Page, name: string, size?: { width: number; height: number }): Promise<number> {
  const canvas = page.locator('[data-testid="viewport"] canvas').first();
  const labels = page.locator('[data-testid="labels"]');
  const hasLabels = (await labels.count()) > 0;
  if (hasLabels) await labels.evaluate((n) => void ((n as HTMLElement).style.visibility = 'hidden'));
  const png = await canvas.screenshot({ animations: 'disabled' });
  if (hasLabels) await labels.evaluate((n) => void ((n as HTMLElement).style.visibility = ''));
  return page.evaluate(
    async ([name, b64, size]) => {
      const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const w = size?.width ?? img.width;
      const h = size?.height ?? img.height;
      const t = document.createElement('canvas');
      t.width = w;
      t.height = h;
      const ctx = t.getContext('2d')!;
      ctx.drawImage(img, 0, 0, w, h);
      const data = ctx.getImageData(0, 0, w, h).data;
      ((window as unknown as SnapWin).__snaps ??= {})[name] = data;
      return data.length / 4;
    },
    [name, png.toString('base64'), size] as const,
  );
}
