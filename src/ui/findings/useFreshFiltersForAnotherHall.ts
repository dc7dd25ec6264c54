import { useEffect } from 'react';
import { useEditorState } from '../EditorContext';

/**
 * Calls `reset` when another hall is opened (a file, an import, New): a search or floor filter typed for the hall
 * before ("敞开", its Level 2) would show the new hall's findings as an empty list under a score that counts them.
 */
export function useFreshFiltersForAnotherHall(reset: () => void): void {
  const opened = useEditorState((s) => s.hallsOpened ?? 0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only another hall asks; reset is a new closure every render
  useEffect(() => {
    if (opened) reset();
  }, [opened]);
}
