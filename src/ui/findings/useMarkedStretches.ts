import { useEffect } from 'react';
import type { Editor } from '../../editor/editor';
import type { Finding } from '../../rules/types';

/**
 * The open finding's stretches (5.8 m of boundary without a wall) marked on the plan while it is open and still
 * found: they follow each re-check, and go when the finding is closed, fixed (a wall drawn across the gap) or
 * another hall is opened.
 */
export function useMarkedStretches(editor: Editor, active: Finding | undefined): void {
  const stretches = active?.stretches;
  const floorId = active?.floorId;
  useEffect(() => {
    const marked = stretches?.length && floorId ? { floorId, stretches } : undefined;
    if (marked || editor.store.getState().highlightStretches) editor.store.setState({ highlightStretches: marked });
  }, [editor, stretches, floorId]);
}
