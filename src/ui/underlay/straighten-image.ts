/**
 * A photo straightened by four corners, as an image the hall can hold: decoded, warped and encoded again with
 * ImageBitmap and OffscreenCanvas, so the same code runs in the worker (off the page's thread: a phone photo has
 * 12 million pixels to read back) and, where workers are missing, on the page.
 */
import { type Pt, straighten, straightSize } from './perspective';

export interface StraightenJob {
  /** The photo as a data URL. */
  data: string;
  /** The plan's corners in the photo, in its pixels: top-left, top-right, bottom-right, bottom-left. */
  corners: Pt[];
  /** The straightened image's size in pixels; by default as `straightSize` gives it. */
  size?: [number, number];
}

export interface Straightened {
  data: string;
  widthPx: number;
  heightPx: number;
}

/** JPEG quality of a straightened photo (a PNG stays PNG: a scanned line drawing keeps its crisp lines). */
const JPEG_QUALITY = 0.92;

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(blob);
  });
}

export async function straightenImage(job: StraightenJob): Promise<Straightened> {
  const blob = await (await fetch(job.data)).blob();
  const bmp = await createImageBitmap(blob);
  const src = new OffscreenCanvas(bmp.width, bmp.height);
  const sctx = src.getContext('2d', { willReadFrequently: true });
  if (!sctx) throw new Error('no 2D canvas');
  sctx.drawImage(bmp, 0, 0);
  bmp.close();
  const pixels = sctx.getImageData(0, 0, src.width, src.height);
  const [w, h] = job.size ?? straightSize(job.corners);
  const out = straighten(pixels, job.corners, w, h);
  const dst = new OffscreenCanvas(w, h);
  const dctx = dst.getContext('2d');
  if (!dctx) throw new Error('no 2D canvas');
  dctx.putImageData(new ImageData(out.data as Uint8ClampedArray<ArrayBuffer>, w, h), 0, 0);
  const png = blob.type === 'image/png';
  const encoded = await dst.convertToBlob(png ? { type: 'image/png' } : { type: 'image/jpeg', quality: JPEG_QUALITY });
  return { data: await dataUrlOf(encoded), widthPx: w, heightPx: h };
}
