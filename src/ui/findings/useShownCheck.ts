/**
 * The live check as the findings panel and the status line show it. While a gesture is in progress (a drag, a
 * rotation, a vertex edit) they hold what they showed when it began: every pointer move would otherwise render
 * them twice (checking, then the new verdict), on a large hall the better part of a move's main-thread time. The
 * view's badges and overlays stay live; the panel changes once after the gesture, to its result (./shown-check).
 */
import { useRef, useSyncExternalStore } from 'react';
import type { HallDocument } from '../../core/document';
import { useEditorState } from '../EditorContext';
import { type CheckState, checkStore } from './check-store';
import { ShownCheck, type Shown } from './shown-check';
import { type Freshness, freshness } from './stale';

export function useShownCheck(): { check: CheckState; doc: HallDocument; state: Freshness } {
  const settled = useEditorState((s) => s.settledDoc);
  const gesture = useEditorState((s) => s.gesture);
  const machine = useRef<ShownCheck | null>(null);
  machine.current ??= new ShownCheck(checkStore.getState(), settled);
  const m = machine.current;
  // The machine returns the same object while nothing it shows changed, so a check finishing mid-drag renders nothing.
  const shown: Shown = useSyncExternalStore(checkStore.subscribe, () => m.show(checkStore.getState(), settled, gesture));
  return { check: shown.check, doc: shown.doc, state: freshness(shown.check.resultDoc, shown.doc) };
}
