/**
 * The live check as the findings panel and the status line show it. While a gesture is in progress (a drag, a
 * rotation, a vertex edit) they hold what they showed when it began: every pointer move would otherwise render
 * them twice (checking, then the new verdict), on a large hall the better part of a move's main-thread time. The
 * view's badges and overlays stay live; the panel updates once the gesture ends.
 */
import { useRef, useSyncExternalStore } from 'react';
import type { HallDocument } from '../../core/document';
import { useEditorState } from '../EditorContext';
import { type CheckState, checkStore } from './check-store';
import { type Freshness, freshness } from './stale';

export function useShownCheck(): { check: CheckState; doc: HallDocument; state: Freshness } {
  const doc = useEditorState((s) => s.settledDoc);
  const gesture = useEditorState((s) => s.gesture);
  const held = useRef<CheckState>(checkStore.getState());
  // Outside a gesture the snapshot is the store's and is kept; inside one, the kept snapshot stays the same
  // object, so a check finishing mid-drag renders nothing.
  const check = useSyncExternalStore(checkStore.subscribe, () => (gesture ? held.current : (held.current = checkStore.getState())));
  return { check, doc, state: freshness(check.resultDoc, doc) };
}
