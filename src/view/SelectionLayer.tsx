/** Selection outlines and handles, finding highlights and badges. */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import type * as THREE from 'three';
import { MergedPolygons } from './MergedPolygons';
import { useStore } from 'zustand';
import type { Editor } from '../editor/editor';
import { findElement } from '../core/query';
import { type HallElement, kindOf } from '../core/kinds/registry';
import type { HallDocument } from '../core/document';
import type { Polygon } from '../core/geometry/polygon';
import { rectPolygon } from '../core/geometry/polygon';
import { MergedLines, ringSegments } from './MergedLines';
import { InstancedBoxes, type BoxItem } from './InstancedBoxes';
import { HIGHLIGHT_COLOR, SELECTION_COLOR, SEVERITY_COLORS } from './colors';
import { outlineHandles, selectionHandles } from './handles';
import { elementBBox } from '../editor/hit-test';
import { standsAlsoOn } from '../core/standing-on';
import type { Vec2 } from '../core/geometry/vec';

export interface SelectionLayerProps {
  /** The editor whose selection, highlight and badges are drawn. */
  editor: Editor;
  /** Floor elevation. */
  elevation: number;
  /** Handle size in metres (from the zoom), default 0.3. */
  handleSize?: number;
}

const PULSE_SECONDS = 3;
const NO_STRETCHES: [Vec2, Vec2][] = [];

/** A band along a→b, `width` wide and reaching `width / 2` past each end, so a short stretch still shows. */
const band = ([a, b]: [Vec2, Vec2], width: number): Polygon =>
  rectPolygon((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, Math.hypot(b[0] - a[0], b[1] - a[1]) + width, width, (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI);

function outlinesOf(doc: HallDocument, ids: string[], floorId: string): Polygon[] {
  const out: Polygon[] = [];
  for (const id of ids) {
    const ref = findElement(doc, id);
    // a stair stored on the floor below is outlined on every floor it joins, where it can be picked too
    if (!ref || (ref.floor.id !== floorId && !standsAlsoOn(ref.element, floorId))) continue;
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

/**
 * Finding highlights pulse for a few seconds so they catch the eye among many red counters, then hold still: the
 * view draws on demand, and a pulse that never ends would keep drawing frames for ever. A new set restarts it.
 */
function usePulse(highlights: readonly unknown[]): React.RefObject<THREE.Group | null> {
  const pulse = useRef<THREE.Group>(null);
  const pulseFrom = useRef<number | undefined>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new set of highlights restarts the pulse
  useEffect(() => void (pulseFrom.current = undefined), [highlights]);
  useFrame(({ clock, invalidate }) => {
    const g = pulse.current;
    if (!g || !highlights.length) return;
    const now = clock.elapsedTime;
    pulseFrom.current ??= now;
    const t = now - pulseFrom.current;
    const a = t < PULSE_SECONDS ? 0.2 + 0.25 * (0.5 + 0.5 * Math.sin(t * 5)) : 0.4;
    g.traverse((o) => {
      const m = (o as THREE.Mesh).material as THREE.Material | undefined;
      if (m && 'opacity' in m) m.opacity = a;
    });
    if (t < PULSE_SECONDS) invalidate();
  });
  return pulse;
}

/**
 * Each badge's diamond, kept per element object: an element a drag step did not touch keeps its item, so the
 * instanced layer rewrites only the moved one's instance.
 */
const badgeItems = new WeakMap<HallElement, { sev: string; elevation: number; item: BoxItem }>();

/** A severity diamond over each element with a badge on this floor. */
function badgeBoxes(doc: HallDocument, badges: Record<string, keyof typeof SEVERITY_COLORS>, floorId: string, elevation: number): BoxItem[] {
  const out: BoxItem[] = [];
  for (const [id, sev] of Object.entries(badges)) {
    const ref = findElement(doc, id);
    if (!ref || ref.floor.id !== floorId) continue;
    const el = ref.element;
    const kept = badgeItems.get(el);
    if (kept && kept.sev === sev && kept.elevation === elevation) {
      out.push(kept.item);
      continue;
    }
    const a = kindOf(el).anchor(el);
    const item: BoxItem = { pos: [a[0] + 0.4, elevation + 2.6, -a[1] - 0.4], size: [0.45, 0.05, 0.45], rotY: Math.PI / 4, color: SEVERITY_COLORS[sev] };
    badgeItems.set(el, { sev, elevation, item });
    out.push(item);
  }
  return out;
}

/** The handle boxes to draw: the outline tool's on the floor outline, else the selection's vertices and rotate knob. */
function handleBoxes(editor: Editor, doc: HallDocument, selection: string[], tool: string, outline: Polygon | undefined, elevation: number, handleSize: number) {
  // the outline tool edits the floor outline: square handles on its vertices, small round-ish ones mid-edge
  if (tool === 'outline' && outline)
    return outlineHandles(outline).map((h) => {
      // about ten pixels at the zoom the tool was taken up at (the pick tolerance), so they can be seen and hit
      const k = (h.ref.kind === 'outline-edge' ? 0.6 : 1) * Math.max(1, (editor.snapTolerance * 0.8) / handleSize);
      return {
        pos: [h.at[0], elevation + 0.7, -h.at[1]] as [number, number, number],
        size: [handleSize * k, 0.05, handleSize * k] as [number, number, number],
        rotY: h.ref.kind === 'outline-edge' ? Math.PI / 4 : 0,
        color: h.ref.kind === 'outline-edge' ? '#38bdf8' : '#ffffff',
      };
    });
  if (tool !== 'select' || !selection.length) return [];
  const c = editor.selectionCenter();
  const top = Math.max(
    ...selection
      .map((id) => findElement(doc, id))
      .filter(Boolean)
      .map((r) => elementBBox(r!.element).maxY),
  );
  return selectionHandles(doc, selection, c, top, handleSize * 4).map((h) => ({
    pos: [h.at[0], elevation + 0.7, -h.at[1]] as [number, number, number],
    size: [handleSize, 0.05, handleSize] as [number, number, number],
    rotY: h.ref.kind === 'rotate' ? Math.PI / 4 : 0,
    color: h.ref.kind === 'rotate' ? '#f59e0b' : '#ffffff',
  }));
}

export function SelectionLayer({ editor, elevation, handleSize = 0.3 }: SelectionLayerProps) {
  const doc = useStore(editor.store, (s) => s.doc);
  const selection = useStore(editor.store, (s) => s.selection);
  const hoverId = useStore(editor.store, (s) => s.hoverId);
  const cycling = useStore(editor.store, (s) => !!s.hoverCandidates); // Tab's candidate is what a click takes: drawn as strongly as a selection
  const highlight = useStore(editor.store, (s) => s.highlight);
  const badges = useStore(editor.store, (s) => s.badges);
  const floorId = useStore(editor.store, (s) => s.floorId);
  const tool = useStore(editor.store, (s) => s.tool);
  const sel = useMemo(() => ringSegments(outlinesOf(doc, selection, floorId), elevation + 0.6), [doc, selection, floorId, elevation]);
  const hover = useMemo(
    () => (hoverId && !selection.includes(hoverId) ? ringSegments(outlinesOf(doc, [hoverId], floorId), elevation + 0.58) : []),
    [doc, hoverId, selection, floorId, elevation],
  );
  const marked = useStore(editor.store, (s) => s.highlightStretches);
  const stretches = marked && marked.floorId === floorId ? marked.stretches : NO_STRETCHES;
  const hiPolys = useMemo(() => outlinesOf(doc, highlight, floorId), [doc, highlight, floorId]);
  // A finding about a stretch (5.8 m of boundary without a wall) fills that stretch, and only outlines its elements.
  const bands = useMemo(() => stretches.map((st) => band(st, Math.max(0.4, handleSize * 2))), [stretches, handleSize]);
  const hi = useMemo(() => ringSegments([...hiPolys, ...bands], elevation + 0.62), [hiPolys, bands, elevation]);
  const hiFill = useMemo(() => (bands.length ? bands : hiPolys).map((polygon) => ({ polygon, color: HIGHLIGHT_COLOR })), [hiPolys, bands]);
  const pulse = usePulse(hiFill);
  const outline = doc.floors.find((f) => f.id === floorId)?.outline;
  const handles = useMemo(() => handleBoxes(editor, doc, selection, tool, outline, elevation, handleSize), [editor, doc, selection, tool, elevation, handleSize, outline]);
  const badgeItems = useMemo(() => badgeBoxes(doc, badges, floorId, elevation), [badges, doc, floorId, elevation]);
  return (
    <group>
      <MergedLines points={hover} color={SELECTION_COLOR} opacity={cycling ? 1 : 0.5} />
      <MergedLines points={sel} color={SELECTION_COLOR} />
      <MergedLines points={hi} color={HIGHLIGHT_COLOR} />
      <group ref={pulse} position={[0, elevation + 0.6, 0]}>
        <MergedPolygons polygons={hiFill} y={0} opacity={0.4} />
      </group>
      <InstancedBoxes items={handles} />
      <InstancedBoxes items={badgeItems} />
    </group>
  );
}
