/**
 * Drop a PNG/JPEG or a PDF onto the current floor as its underlay. Images over the size limit, PDFs with no
 * pages and files that do not decode are refused with a message; the hall is never touched by a failure.
 * A PDF page is rendered to a PNG (pdfjs-dist) so the hall file holds a plain image.
 */
import type { Underlay } from '../../core/document';
import { updateFloor } from '../../core/commands';
import type { Editor } from '../../editor/editor';
import { translate, type MessageKey } from '../i18n';
import { notify, uiStore } from '../ui-store';
import { rememberImage } from './linked-images';
import { underlayStore } from './underlay-store';

/** Larger images make the hall file unwieldy (it is embedded as base64); a phone photo is 3–8 MB. */
export const MAX_IMAGE_MB = 25;
/** Rendered PDF pages: about 4000 px across (A1 at ~100 dpi), enough to trace from. */
const PDF_TARGET_PX = 4000;

/** The shell's error banner (set directly: files/actions.ts loads this module on demand, so importing it back would be a cycle). */
function showError(editor: Editor, message: string, details?: string[]): void {
  editor.store.setState({ error: { message, details } });
}

function tr(editor: Editor, key: MessageKey, vars?: Record<string, string | number>): string {
  return translate(editor.store.getState().locale, key, vars);
}

function readDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(blob);
  });
}

async function imageSize(url: string): Promise<{ w: number; h: number }> {
  const img = new Image();
  img.src = url;
  await img.decode();
  return { w: img.naturalWidth, h: img.naturalHeight };
}

/** The floor's drawn extent, to give a new underlay a first scale that fits it. */
function floorWidth(editor: Editor): number {
  const f = editor.doc.floors.find((x) => x.id === editor.store.getState().floorId);
  const xs = (f?.outline ?? []).map((p) => p[0]);
  for (const e of f?.elements ?? []) if (e.kind === 'wall') xs.push(e.a[0], e.b[0]);
  return xs.length ? Math.max(...xs) - Math.min(...xs) : 0;
}

export interface DecodedImage {
  name: string;
  data: string;
  widthPx: number;
  heightPx: number;
  page?: number;
  /** A PDF page's width on the plan if drawn at 1:100 (construction drawings mostly are), for a first scale. */
  pageWidthM?: number;
}

/**
 * A dropped or located file as an underlay image: a PNG/JPEG as it is, a PDF's page `page` rendered to PNG.
 * Refusals (too big, not an image, an empty PDF) are shown in the banner and give undefined.
 */
export async function decodeUnderlayFile(editor: Editor, file: File, page = 1): Promise<DecodedImage | undefined> {
  const mb = file.size / 1048576;
  const isPdf = /\.pdf$/i.test(file.name) || file.type === 'application/pdf';
  if (!isPdf && mb > MAX_IMAGE_MB) {
    showError(editor, tr(editor, 'underlay.tooBig', { name: file.name, mb: mb.toFixed(1), max: MAX_IMAGE_MB }));
    return undefined;
  }
  try {
    if (isPdf) return await pdfPage(editor, file.name, new Uint8Array(await file.arrayBuffer()), page);
    const data = await readDataUrl(file);
    if (!/^data:image\/(png|jpeg);base64,/.test(data)) throw new Error(`${file.name}: not a PNG or JPEG image`);
    const { w, h } = await imageSize(data);
    return { name: file.name, data, widthPx: w, heightPx: h };
  } catch (e) {
    showError(editor, tr(editor, 'underlay.failed', { name: file.name }), [e instanceof Error ? e.message : String(e)]);
    return undefined;
  }
}

export async function addUnderlay(editor: Editor, file: File): Promise<boolean> {
  const img = await decodeUnderlayFile(editor, file);
  return img ? setUnderlay(editor, img) : false;
}

/** Render page `page` of a PDF and make it the underlay (keeps the PDF for choosing another page). */
export async function renderPdfPage(editor: Editor, name: string, bytes: Uint8Array, page: number): Promise<boolean> {
  const img = await pdfPage(editor, name, bytes, page);
  return img ? setUnderlay(editor, img) : false;
}

/** Page `page` of a PDF rendered to a PNG; undefined (with the banner) when the PDF has no pages. */
async function pdfPage(editor: Editor, name: string, bytes: Uint8Array, page: number): Promise<DecodedImage | undefined> {
  uiStore.setState({ busy: { label: name } });
  try {
    const pdfjs = await import('pdfjs-dist');
    const workerUrl = (await import('pdfjs-dist/build/pdf.worker.min.mjs?url')).default;
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
    try {
      doc = await pdfjs.getDocument({ data: bytes.slice() }).promise;
    } catch (e) {
      throw new Error(`${name}: not a readable PDF (${e instanceof Error ? e.message : String(e)})`);
    }
    // pdfjs makes up a blank page for a document whose page tree is empty: count the pages as written.
    if (doc.numPages < 1 || (await writtenPageCount(bytes)) === 0) {
      await doc.destroy();
      showError(editor, tr(editor, 'underlay.pdfEmpty', { name }));
      return undefined;
    }
    const n = Math.min(Math.max(1, page), doc.numPages);
    const p = await doc.getPage(n);
    const base = p.getViewport({ scale: 1 });
    const viewport = p.getViewport({ scale: Math.min(8, PDF_TARGET_PX / Math.max(base.width, base.height)) });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await p.render({ canvas, canvasContext: ctx, viewport }).promise;
    const data = canvas.toDataURL('image/png');
    underlayStore.setState({ pdf: { name, bytes, pages: doc.numPages, floorId: editor.store.getState().floorId } });
    await doc.destroy();
    // PDF units are points (1/72 inch); at 1:100 a page 841 mm wide (A1) spans 84.1 m.
    return { name, data, widthPx: canvas.width, heightPx: canvas.height, page: n, pageWidthM: ((base.width * 0.0254) / 72) * 100 };
  } finally {
    uiStore.setState({ busy: undefined });
  }
}

/**
 * Pages in the PDF's page tree as written: the largest /Count of a /Type /Pages dictionary in the file's
 * plain-text objects (the root's is the total). Undefined when none is in plain text (object streams).
 */
async function writtenPageCount(bytes: Uint8Array): Promise<number | undefined> {
  const text = new TextDecoder('latin1').decode(bytes);
  let max: number | undefined;
  for (const m of text.matchAll(
    /<<(?:(?!>>)[\s\S]){0,400}?\/Type\s*\/Pages\b(?:(?!>>)[\s\S]){0,400}>>|<<(?:(?!>>)[\s\S]){0,400}\/Count\s+\d+(?:(?!>>)[\s\S]){0,400}?\/Type\s*\/Pages\b/g,
  )) {
    const c = /\/Count\s+(\d+)/.exec(m[0]);
    if (c) max = Math.max(max ?? 0, Number(c[1]));
  }
  return max;
}

function setUnderlay(editor: Editor, img: DecodedImage): boolean {
  const floorId = editor.store.getState().floorId;
  const floor = editor.doc.floors.find((f) => f.id === floorId);
  const old = floor?.underlay;
  // Kept for the session either way, so the user can switch between embedding and linking.
  rememberImage(img, img.data);
  // A linked underlay stays linked when its page or file is replaced.
  const linked = old?.link === true && old.name === img.name;
  // Replacing a page keeps the scale and place already set; a new image starts fitted to the floor, a PDF page
  // with no floor drawn at 1:100, a photo at 0.05 m a pixel.
  const fit = floorWidth(editor);
  const same = old !== undefined && old.name === img.name;
  const mpp = same ? old.metresPerPixel * (old.widthPx / img.widthPx) : fit > 0 ? fit / img.widthPx : (img.pageWidthM ?? img.widthPx * 0.05) / img.widthPx;
  const u: Underlay = {
    name: img.name.slice(0, 200),
    ...(linked ? { link: true } : { data: img.data }),
    widthPx: img.widthPx,
    heightPx: img.heightPx,
    position: same ? old.position : [0, img.heightPx * mpp],
    metresPerPixel: mpp,
    rotation: same ? old.rotation : 0,
    // Shown as drawn: fading is the user's choice (the panel's opacity), as AutoCAD attaches an image at full strength.
    opacity: old?.opacity ?? 1,
    visible: true,
    ...(img.page ? { page: img.page } : {}),
  };
  const ok = editor.execute(updateFloor(floorId, { underlay: u }, '底图 / Underlay'));
  if (ok) notify(tr(editor, 'underlay.added', { name: img.name }), 'info');
  // A new plan is shown whole where it landed; another page of the same file keeps the user's view.
  if (!ok) showError(editor, tr(editor, 'underlay.failed', { name: img.name }));
  else if (!same) editor.fitView();
  return ok;
}
