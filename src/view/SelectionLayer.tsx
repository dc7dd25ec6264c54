/** Selection outlines and handles, finding highlights and badges. */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { Editor } from '../editor/editor';
import { findElement } from '../core/query';
import { kindOf } from '../core/kinds/registry';
import type { Polygon } from '../core/geometry/polygon';
import { rectPolygon } from '../core/geometry/polygon';
import { MergedLines, ringSegments } from './MergedLines';
import { InstancedBoxes } from './InstancedBoxes';
import { HIGHLIGHT_COLOR, SELECTION_COLOR, SEVERITY_COLORS } from './colors';
import { selectionHandles } from './handles';
import { elementBBox } from '../editor/hit-test';

export interface SelectionLayerProps {
  /** The editor whose selection, highlight and badges are drawn. */
  editor: Editor;
  /** Floor elevation. */
  elevation: number;
  /** Handle size in metres (from the zoom), default 0.3. */
  handleSize?: number;
}

function outlinesOf(editor: Editor, ids: string[], floorId: string): Polygon[] {
  const out: Polygon[] = [];
  for (const id of ids) {
    const ref = findElement(editor.doc, id);
    if (!ref || ref.floor.id !== floorId) continue;
    const el = ref.element;
    const fp = kindOf(el).footprint(el);
    if (fp) out.push(fp);
    else {
      const b = elementBBox(el);
      out.push(rectPolygon((b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2, b.maxX - b.minX + 0.3, b.maxY - b.minY + 0.3));
    }
  }
  return out;
}

export function SelectionLayer({ editor, elevation, handleSize = 0.3 }: SelectionLayerProps) {
  const doc = useStore(editor.store, (s) => s.doc);
  const selection = useStore(editor.store, (s) => s.selection);
  const highlight = useStore(editor.store, (s) => s.highlight);
  const badges = useStore(editor.store, (s) => s.badges);
  const floorId = useStore(editor.store, (s) => s.floorId);
  const tool = useStore(editor.store, (s) => s.tool);
  const sel = useMemo(() => ringSegments(outlinesOf(editor, selection, floorId), elevation + 0.6), [editor, doc, selection, floorId, elevation]);
  const hi = useMemo(() => ringSegments(outlinesOf(editor, highlight, floorId), elevation + 0.62), [editor, doc, highlight, floorId, elevation]);
  const handles = useMemo(() => {
    if (tool !== 'select' || !selection.length) return [];
    const c = editor.selectionCenter();
    const top = Math.max(...selection.map((id) => findElement(doc, id)).filter(Boolean).map((r) => elementBBox(r!.element).maxY));
    return selectionHandles(doc, selection, c, top, handleSize * 4).map((h) => ({
      pos: [h.at[0], elevation + 0.7, -h.at[1]] as [number, number, number],
      size: [handleSize, 0.05, handleSize] as [number, number, number],
      rotY: h.id === 'handle:rotate' ? Math.PI / 4 : 0,
      color: h.id === 'handle:rotate' ? '#f59e0b' : '#ffffff',
    }));
  }, [editor, doc, selection, tool, elevation, handleSize]);
  const badgeItems = useMemo(() => {
    const out = [];
    for (const [id, sev] of Object.entries(badges)) {
      const ref = findElement(doc, id);
      if (!ref || ref.floor.id !== floorId) continue;
      const a = kindOf(ref.element).anchor(ref.element);
      out.push({ pos: [a[0] + 0.4, elevation + 2.6, -a[1] - 0.4] as [number, number, number], size: [0.45, 0.05, 0.45] as [number, number, number], rotY: Math.PI / 4, color: SEVERITY_COLORS[sev] });
    }
    return out;
  }, [badges, doc, floorId, elevation]);
  return (
    <group>
      <MergedLines points={sel} color={SELECTION_COLOR} />
      <MergedLines points={hi} color={HIGHLIGHT_COLOR} />
      <InstancedBoxes items={handles} />
      <InstancedBoxes items={badgeItems} />
    </group>
  );
}
