/**
 * What the active tool is doing: ghosts, snap guides and marker with the snap's name, marquee, the path being
 * drawn with its length and angle (dynamic input), a dragged rectangle's size, counter fronts, measurement.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { Editor } from '../editor/editor';
import type { Floor } from '../core/document';
import { FloorScene } from './FloorScene';
import { MergedLines } from './MergedLines';
import { MergedPolygons } from './MergedPolygons';
import { InstancedBoxes } from './InstancedBoxes';
import { OverlayLabels } from './OverlayLabels';
import { blockedStrips, guideSegments, wallSlotMarks, marqueeSegments, measureSegment, pathSegments, type P3 } from './overlay-geometry';

export interface OverlayLayerProps {
  /** The editor whose overlay is drawn. */
  editor: Editor;
  /** The current floor. */
  floor: Floor;
  /** View mode. */
  mode: '2d' | '3d' | 'stack';
}

export function OverlayLayer({ editor, floor, mode }: OverlayLayerProps) {
  const o = useStore(editor.store, (s) => s.overlay);
  const y = floor.elevation + 0.7;
  const guides = useMemo(() => guideSegments(o.guides, 'snap', y), [o.guides, y]);
  const ortho = useMemo(() => guideSegments(o.guides, 'ortho', y), [o.guides, y]);
  const fronts = useMemo(() => guideSegments(o.guides, 'front', y), [o.guides, y]);
  const blocked = useMemo(() => blockedStrips(o.ghosts, o.blockedIds), [o.ghosts, o.blockedIds]);
  const slots = useMemo(() => wallSlotMarks(o.ghosts, o.blockedIds), [o.ghosts, o.blockedIds]);
  const marquee = useMemo(() => marqueeSegments(o.marquee, y), [o.marquee, y]);
  const path = useMemo(() => pathSegments(o.path, y), [o.path, y]);
  const measure = measureSegment(o.measure, y);
  const snap = o.snap ? [{ pos: [o.snap.point[0], y, -o.snap.point[1]] as P3, size: [0.25, 0.05, 0.25] as P3, rotY: Math.PI / 4, color: '#d946ef' }] : [];
  return (
    <group>
      {o.ghosts.length > 0 && <FloorScene floor={floor} mode={mode} opacity={0.45} labels={false} elements={o.ghosts} />}
      {blocked.length > 0 && (
        <group position={[0, floor.elevation + 0.02, 0]}>
          <MergedPolygons polygons={blocked} opacity={0.55} y={0} />
        </group>
      )}
      {slots.length > 0 && (
        // above the plan's 0.2 m walls, so the slot shows over the wall it goes into
        <group position={[0, floor.elevation + 0.3, 0]}>
          <MergedPolygons polygons={slots} opacity={0.6} y={0} />
        </group>
      )}
      <MergedLines points={guides} color="#d946ef" dashed />
      <MergedLines points={ortho} color="#2563eb" dashed />
      <MergedLines points={fronts} color="#15803d" />
      <MergedLines points={marquee} color="#2563eb" dashed />
      <MergedLines points={path} color="#0f172a" />
      <MergedLines points={measure} color="#111827" />
      <InstancedBoxes items={snap} />
      <OverlayLabels editor={editor} o={o} y={y} />
    </group>
  );
}
