/**
 * Linked underlays: switch a floor's underlay between embedded and linked, list the linked ones whose file
 * is not loaded, and take the file the user locates. A located file of another name or size becomes the
 * link (one undoable edit, the plan keeps its place and extent); the hall itself is never replaced.
 */
import type { Underlay } from '../../core/document';
import { updateFloor } from '../../core/commands';
import type { Editor } from '../../editor/editor';
import { translate } from '../i18n';
import { notify } from '../ui-store';
import { decodeUnderlayFile } from './add-underlay';
import { linkedImages, linkKey, rememberImage } from './linked-images';

export interface MissingLink {
  floorId: string;
  floorName: string;
  underlay: Underlay;
}

/** Linked underlays whose image this session does not hold. */
export function missingLinks(editor: Editor, images = linkedImages.getState().images): MissingLink[] {
  const out: MissingLink[] = [];
  for (const f of editor.doc.floors) if (f.underlay?.link && !f.underlay.data && !images[linkKey(f.underlay)]) out.push({ floorId: f.id, floorName: f.name, underlay: f.underlay });
  return out;
}

/** Embed (false) or link by file name (true). Embedding needs the image in this session. */
export function setLinked(editor: Editor, floorId: string, link: boolean): boolean {
  const u = editor.doc.floors.find((f) => f.id === floorId)?.underlay;
  if (!u) return false;
  const { data, link: _wasLinked, ...rest } = u;
  if (link) {
    if (data) rememberImage(u, data);
    return editor.execute(updateFloor(floorId, { underlay: { ...rest, link: true } }, '链接底图 / Link underlay'));
  }
  const image = data ?? linkedImages.getState().images[linkKey(u)];
  if (!image) {
    editor.store.setState({ error: { message: translate(editor.store.getState().locale, 'underlay.linkNoImage', { name: u.name }) } });
    return false;
  }
  return editor.execute(updateFloor(floorId, { underlay: { ...rest, data: image } }, '嵌入底图 / Embed underlay'));
}

/** The user's file for a linked underlay (a PDF page as the link's page). */
export async function locateUnderlay(editor: Editor, floorId: string, file: File): Promise<boolean> {
  const u = editor.doc.floors.find((f) => f.id === floorId)?.underlay;
  if (!u) return false;
  const img = await decodeUnderlayFile(editor, file, u.page ?? 1);
  if (!img) return false;
  const same = img.name === u.name && img.widthPx === u.widthPx && img.heightPx === u.heightPx;
  if (!same) {
    // Another file or resolution: the same extent on the plan, the link now names the file found.
    const next: Underlay = { ...u, name: img.name.slice(0, 200), widthPx: img.widthPx, heightPx: img.heightPx, metresPerPixel: (u.metresPerPixel * u.widthPx) / img.widthPx };
    if (!editor.execute(updateFloor(floorId, { underlay: next }, '重新链接底图 / Relink underlay'))) return false;
    rememberImage(next, img.data);
  } else rememberImage(u, img.data);
  notify(translate(editor.store.getState().locale, 'underlay.located', { name: img.name }), 'info');
  return true;
}
