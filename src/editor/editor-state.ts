/** The editor store's first state, and how it follows the document history. */
import type { HallDocument } from '../core/document';
import type { HistoryState } from '../core/history';
import { findElement } from '../core/query';
import type { EditorStore } from './store';
import { EMPTY_OVERLAY, type EditorState } from './types';

export function initialState(doc: HallDocument): EditorState {
  return {
    doc,
    settledDoc: doc,
    gesture: false,
    canUndo: false,
    canRedo: false,
    floorId: doc.floors[0]?.id ?? '',
    selection: [],
    tool: 'select',
    toolOptions: { zoneType: 'waiting', counterType: 'general-intake', signKind: 'directional', pointKind: 'aed', linkKind: 'stair', counterGap: 0.3 },
    overlay: EMPTY_OVERLAY,
    viewMode: '2d',
    locale: 'zh-CN',
    grid: { size: 0.5, snap: true },
    highlight: [],
    overlays: {},
    badges: {},
    underlay: { below: true, above: false },
  };
}

/** The same array when every entry stays, so subscribers that select it are not told of a change. */
function keepIf<T>(xs: T[], keep: (x: T) => boolean): T[] {
  return xs.every(keep) ? xs : xs.filter(keep);
}

/**
 * The store's update after an edit, undo or redo: the new document, and a floor and selection that still exist.
 * `gesture` says whether the edit is a step of a gesture still in progress (the settled document then stays).
 */
export function afterHistoryChange(s: EditorState, h: HistoryState, gesture = false): Partial<EditorState> {
  // Through the per-floor index (one floor re-indexed per edit), not a set of every id in the hall.
  const present = (id: string) => !!findElement(h.doc, id);
  const floorId = h.doc.floors.some((f) => f.id === s.floorId) ? s.floorId : (h.doc.floors[0]?.id ?? '');
  return {
    doc: h.doc,
    settledDoc: gesture ? s.settledDoc : h.doc,
    gesture,
    canUndo: h.canUndo,
    canRedo: h.canRedo,
    undoLabel: h.undoLabel,
    redoLabel: h.redoLabel,
    floorId,
    selection: keepIf(s.selection, present),
    highlight: keepIf(s.highlight, present),
  };
}

/**
 * A store listener that takes the error banner ("can't place …") down with the user's next action, as a status
 * message goes in Revit: another tool, another view or floor, an edit that was done, or a click that selected. An
 * error raised by that same action (set in the same notification) stays.
 */
export function clearErrorOnNextAction(store: EditorStore<EditorState>): (s: EditorState, prev: EditorState) => void {
  return (s, prev) => {
    if (!s.error || s.error !== prev.error) return;
    const acted = s.tool !== prev.tool || s.viewMode !== prev.viewMode || s.floorId !== prev.floorId || s.doc !== prev.doc || s.selection !== prev.selection;
    if (acted) store.setState({ error: undefined });
  };
}
