import { useMemo } from 'react';
import { useEditorState } from '../EditorContext';

/**
 * The floors' ids and names, as a list that stays the same object until a floor is added, removed, reordered or
 * renamed: an edit that moves a seat gives a new document but not a new list, so what lists floors does not re-render.
 */
export function useFloorNames(): { id: string; name: string }[] {
  const floorKey = useEditorState((s) => s.doc.floors.map((f) => `${f.id}\u0001${f.name}`).join('\u0002'));
  return useMemo(() => floorKey.split('\u0002').map((x) => ({ id: x.split('\u0001')[0], name: x.split('\u0001')[1] })), [floorKey]);
}
