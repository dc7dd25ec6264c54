/** The file the user chose for a drawing the reopened hall links by name: imported again, for its linework only. */
import type { Editor } from '../../editor/editor';
import type { DxfFloorLines, DxfUnit, LayerRole } from '../../dxf/types';
import { DxfImportError } from '../../dxf/errors';
import { term, translate } from '../i18n';
import { notify, uiStore } from '../ui-store';
import { type DrawingSource, drawingLink, rememberOne } from './drawing-link';
import { dxfStore } from './dxf-store';

/**
 * Imports `file` again as each linked floor's entry says and shows the linework under those floors; the link then
 * names the file found. False, with the reason in the banner, when it cannot be read or yields no linework.
 */
export async function locateDrawing(editor: Editor, file: File): Promise<boolean> {
  const missing = drawingLink.getState().missing;
  if (!missing) return false;
  const locale = editor.store.getState().locale;
  const ctrl = new AbortController();
  uiStore.setState({ busy: { label: translate(locale, 'dxf.reading', { name: file.name }), progress: 0, cancel: () => ctrl.abort() } });
  const context: DxfFloorLines[] = [];
  try {
    const { openDxfInWorker } = await import('../../dxf/worker-client');
    const session = await openDxfInWorker(file, { fileName: file.name, signal: ctrl.signal });
    try {
      // Floors linked to one import (same unit, roles and frames) come from one build.
      const builds = new Map<string, Promise<DxfFloorLines[]>>();
      for (const m of missing.floors) {
        const from: DrawingSource = { units: m.from.units as DxfUnit, layers: m.from.layers as Record<string, LayerRole>, frames: m.from.frames };
        const key = JSON.stringify(from);
        if (!builds.has(key))
          builds.set(
            key,
            session.build({ fileName: file.name, ...from }, undefined, ctrl.signal).then((r) => r.context),
          );
        const lines = (await builds.get(key)!)[m.from.index];
        if (!lines) continue;
        const placed = { ...lines, floorId: m.floorId };
        rememberOne(placed, from, m.from.index);
        context.push(placed);
      }
    } finally {
      session.close();
    }
  } catch (e) {
    if (!ctrl.signal.aborted) {
      const why = e instanceof DxfImportError ? term(e.text, locale) : e instanceof Error ? e.message : String(e);
      editor.store.setState({ error: { message: translate(locale, 'dxf.failed', { name: file.name }), details: [why] } });
    }
    return false;
  } finally {
    uiStore.setState({ busy: undefined });
  }
  if (context.length === 0) {
    editor.store.setState({ error: { message: translate(locale, 'dxf.relinkNone', { name: file.name }) } });
    return false;
  }
  const kept = (dxfStore.getState().context ?? []).filter((c) => !context.some((n) => n.floorId === c.floorId));
  dxfStore.setState({ context: [...kept, ...context], contextName: file.name, linked: true, view: { ...dxfStore.getState().view, visible: true } });
  drawingLink.setState({ missing: undefined, later: false });
  editor.store.setState({ error: undefined });
  notify(translate(locale, 'dxf.relinked', { name: file.name }), 'info');
  return true;
}
