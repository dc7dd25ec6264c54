/**
 * Builds a line drawing's mipmaps off the page's thread: decoding, reading back and halving a 4,000-pixel page
 * took one long task on the page the first time the underlay was shown. Replies with the levels below the image
 * itself (the page uploads the image as it has it), or none for a photo.
 */
import { isLineDrawing, lineMipmaps } from './line-mipmaps';

self.onmessage = async (e: MessageEvent<{ id: number; data: string }>) => {
  const { id, data } = e.data;
  try {
    const bmp = await createImageBitmap(await (await fetch(data)).blob());
    const canvas = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx || bmp.width === 0 || bmp.height === 0) throw new Error('no 2D canvas');
    ctx.drawImage(bmp, 0, 0);
    bmp.close();
    const base = ctx.getImageData(0, 0, canvas.width, canvas.height);
    if (!isLineDrawing(base)) {
      self.postMessage({ id });
      return;
    }
    const levels = lineMipmaps(base)
      .slice(1)
      .map((l) => ({ width: l.width, height: l.height, data: l.data.buffer as ArrayBuffer }));
    self.postMessage({ id, levels }, { transfer: levels.map((l) => l.data) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
