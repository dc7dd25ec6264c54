/**
 * A line drawing's smaller levels (each texel the darkest of the four it covers), from a worker: the page keeps
 * drawing while they are built, and uploads the image itself as it decoded it. Where workers are missing or fail,
 * built on the page as before. Undefined for a photo (the GPU's averaged mipmaps suit it).
 */
import { isLineDrawing, lineMipmaps, type Rgba } from './line-mipmaps';

type Reply = { id: number; levels?: { width: number; height: number; data: ArrayBuffer }[]; error?: string };

let worker: Worker | undefined;
let broken = false;
let nextId = 0;
const waiting = new Map<number, { resolve: (l: ImageData[] | undefined) => void; data: string }>();

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

function start(): Worker | undefined {
  if (broken || typeof Worker === 'undefined') return undefined;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./line-mipmaps.worker.ts', import.meta.url), { type: 'module', name: 'line-mipmaps' });
  } catch {
    broken = true;
    return undefined;
  }
  worker.onmessage = (e: MessageEvent<Reply>) => {
    const w = waiting.get(e.data.id);
    if (!w) return;
    waiting.delete(e.data.id);
    const { levels } = e.data;
    w.resolve(levels?.map((l) => new ImageData(new Uint8ClampedArray(l.data), l.width, l.height)));
  };
  worker.onerror = () => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    for (const [id, w] of waiting) {
      waiting.delete(id);
      onPage(w.data).then(w.resolve, () => w.resolve(undefined));
    }
  };
  return worker;
}

/** The levels below the image `data` (a data URL) for a line drawing; undefined for a photo or an unreadable image. */
export function lineLevels(data: string): Promise<ImageData[] | undefined> {
  const w = start();
  if (!w) return onPage(data).catch(() => undefined);
  return new Promise((resolve) => {
    const id = ++nextId;
    waiting.set(id, { resolve, data });
    w.postMessage({ id, data });
  });
}
