/**
 * A line drawing's smaller levels (each texel the darkest of the four it covers), from a worker: the page keeps
 * drawing while they are built, and uploads the image itself as it decoded it. Where workers are missing or fail,
 * built on the page as before. Undefined for a photo (the GPU's averaged mipmaps suit it).
 */
import { workerCall } from '../worker-call';
import { isLineDrawing, lineMipmaps, type Rgba } from './line-mipmaps';

type Reply = { id: number; levels?: { width: number; height: number; data: ArrayBuffer }[]; error?: string };

/** On the page: the old way, for browsers without module workers. */
async function onPage(data: string): Promise<ImageData[] | undefined> {
  const img = new Image();
  img.src = data;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx || canvas.width === 0 || canvas.height === 0) return undefined;
  ctx.drawImage(img, 0, 0);
  const base = ctx.getImageData(0, 0, canvas.width, canvas.height);
  if (!isLineDrawing(base)) return undefined;
  return lineMipmaps(base)
    .slice(1)
    .map((l: Rgba) => new ImageData(l.data as Uint8ClampedArray<ArrayBuffer>, l.width, l.height));
}

/** The levels below the image `data` (a data URL) for a line drawing; undefined for a photo or an unreadable image. */
export const lineLevels: (data: string) => Promise<ImageData[] | undefined> = workerCall<string, ImageData[] | undefined, Reply>({
  create: () => new Worker(new URL('./line-mipmaps.worker.ts', import.meta.url), { type: 'module', name: 'line-mipmaps' }),
  // An image the page cannot read either has no levels: the GPU's mipmaps draw it.
  onPage: (data) => onPage(data).catch(() => undefined),
  message: (id, data) => ({ data: { id, data } }),
  // A reply that reports an error carries no levels: the same as a photo.
  reply: ({ levels }) => levels?.map((l) => new ImageData(new Uint8ClampedArray(l.data), l.width, l.height)),
});
