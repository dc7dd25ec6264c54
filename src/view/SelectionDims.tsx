/**
 * Temporary dimensions of a single selected item (counter, sign, point, door…): dashed lines to the nearest walls.
 * Their values are fields the user types into (src/ui/drawing/WallDistanceFields.tsx).
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { Editor } from '../editor/editor';
import { findElement } from '../core/query';
import { kindOf } from '../core/kinds/registry';
import { wallDistances } from '../editor/wall-distances';
import { MergedLines } from './MergedLines';

export function SelectionDims({ editor, elevation }: { editor: Editor; elevation: number }) {
  const doc = useStore(editor.store, (s) => s.doc);
  const selection = useStore(editor.store, (s) => s.selection);
  const tool = useStore(editor.store, (s) => s.tool);
  const floorId = useStore(editor.store, (s) => s.floorId);
  const dims = useMemo(() => {
    if (tool !== 'select' || selection.length !== 1) return [];
    const ref = findElement(doc, selection[0]);
    if (!ref || ref.floor.id !== floorId) return [];
    const el = ref.element;
    // walls have their length, polygons their edges (what vertex editing drags): only items placed at a point get these
    if (kindOf(el).vertices) return [];
    return wallDistances(ref.floor, kindOf(el).anchor(el));
  }, [doc, selection, tool, floorId]);
  const y = elevation + 0.6;
  const lines = useMemo(
    () =>
      dims.flatMap(
        (d) =>
          [
            [d.from[0], y, -d.from[1]],
            [d.to[0], y, -d.to[1]],
          ] as [number, number, number][],
      ),
    [dims, y],
  );
  if (!dims.length) return null;
  return (
    <group>
      <MergedLines points={lines} color="#0369a1" dashed />
    </group>
  );
}
